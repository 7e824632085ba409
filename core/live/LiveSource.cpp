#include "LiveSource.h"

#include <QCoreApplication>

namespace carepulse {

QString sourceStateText(SourceState state)
{
    switch (state) {
    case SourceState::Starting:
        return QCoreApplication::translate("live", "starting");
    case SourceState::Waiting:
        return QCoreApplication::translate("live", "waiting");
    case SourceState::Following:
        return QCoreApplication::translate("live", "connected");
    case SourceState::Paused:
        return QCoreApplication::translate("live", "paused");
    case SourceState::Failed:
        return QCoreApplication::translate("live", "failed");
    }
    return {};
}

} // namespace carepulse
