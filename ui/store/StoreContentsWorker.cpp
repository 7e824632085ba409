#include "StoreContentsWorker.h"

#include <exception>

namespace carepulse::ui {

void StoreContentsWorker::load(quint64 generation, const QString& location)
{
    try {
        const std::unique_ptr<Store> store = openStore(location);
        emit loaded(generation, StoreContents { location, store->tableCounts() });
    } catch (const StoreError& error) {
        emit failed(generation, location, error.message());
    } catch (const std::exception& error) {
        // Anything else escaping the store (e.g. bad_alloc) must not take the GUI down with this thread.
        emit failed(generation, location, QString::fromLocal8Bit(error.what()));
    }
}

} // namespace carepulse::ui
