#include "ReaderFactory.h"

#include "parse/DimensionReader.h"
#include "parse/EventTsvReader.h"
#include "parse/JsonArrayReader.h"
#include "parse/JsonLinesReader.h"

namespace carepulse {

std::unique_ptr<RecordReader> makeRecordReader(const FileDetection& detection, ByteSource& source)
{
    switch (detection.kind) {
    case FileKind::Dimension:
        return detection.dimension ? std::make_unique<DimensionReader>(source, *detection.dimension) : nullptr;
    case FileKind::CaseTsv:
    case FileKind::SurveyTsv: return std::make_unique<EventTsvReader>(source);
    case FileKind::JsonLines: return std::make_unique<JsonLinesReader>(source);
    case FileKind::JsonArray: return std::make_unique<JsonArrayReader>(source);
    case FileKind::SeedCases:
    case FileKind::Unrecognised:
    case FileKind::Unreadable: break;
    }
    return nullptr;
}

} // namespace carepulse
