#include "ParseTest.h"

#include <QtTest>

QTEST_GUILESS_MAIN(ParseTest)

#include "moc_ParseTest.cpp"
