#include "LiveTest.h"

#include <QtTest>

void LiveTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void LiveTest::cleanup()
{
    m_dir.reset();
}

QString LiveTest::path(const QString& name) const
{
    return m_dir->filePath(name);
}

QTEST_GUILESS_MAIN(LiveTest)

#include "moc_LiveTest.cpp"
