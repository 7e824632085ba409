#pragma once

#include "parse/ByteSource.h"
#include "parse/FileKind.h"
#include "parse/RecordBatch.h"

#include <memory>

namespace carepulse {

// The reader for a recognised kind of file; nullptr for kinds that hold no importable records.
std::unique_ptr<RecordReader> makeRecordReader(const FileDetection& detection, ByteSource& source);

} // namespace carepulse
