#include "ImportRunner.h"

#include "import/Importer.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <exception>
#include <stdexcept>

namespace carepulse::ui {

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<carepulse::ImportProgress>();
}

ImportRunner::~ImportRunner()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool ImportRunner::start(const QString& storeLocation, const QStringList& paths)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<ImportRunner> self(this);
    std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    m_thread = QThread::create([self, cancel, storeLocation, paths] {
        auto results = std::make_shared<std::vector<FileImportResult>>();
        QStringList errors;
        try {
            const ImportPlan plan = Importer::plan(paths);
            errors = plan.errors;
            if (!plan.ok())
                throw std::runtime_error(std::string()); // as the CLI: an unusable input imports nothing
            const std::unique_ptr<Store> store = openStore(storeLocation);
            Importer importer(*store);
            QElapsedTimer sinceReport;
            sinceReport.start();
            *results = importer.run(plan, [&](const ImportProgress& p) {
                if (sinceReport.elapsed() >= 50) {
                    sinceReport.restart();
                    QMetaObject::invokeMethod(QCoreApplication::instance(), [self, p] {
                        if (ImportRunner* runner = self.data())
                            emit runner->progress(p);
                    }, Qt::QueuedConnection);
                }
                return !cancel->load();
            });
        } catch (const StoreError& e) {
            errors << e.message();
        } catch (const std::exception& e) {
            if (*e.what())
                errors << QString::fromLocal8Bit(e.what());
        }
        const bool cancelled = cancel->load();
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, results, errors, cancelled] {
            if (ImportRunner* runner = self.data()) {
                runner->m_thread = nullptr;
                emit runner->finished(*results, errors, cancelled);
            }
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
    return true;
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace carepulse::ui
