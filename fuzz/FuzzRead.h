#pragma once
// Shared body of the fuzz targets: run a reader over the input to the end, checking invariants.

#include "parse/ByteSource.h"
#include "parse/RecordBatch.h"

#include <cstdlib>

namespace carepulse::fuzz {

inline void readAll(RecordReader& reader, std::size_t inputSize)
{
    RecordBatch batch;
    std::int64_t lastOffset = 0;
    while (reader.readBatch(batch, 64)) {
        // Progress is monotonic and bounded by the input: a reader never loops or invents bytes.
        if (batch.endOffset < lastOffset || batch.endOffset > static_cast<std::int64_t>(inputSize))
            std::abort();
        lastOffset = batch.endOffset;
        for (const QuarantineRecord& q : batch.quarantined) {
            if (q.raw.size() > kMaxQuarantinedRawBytes)
                std::abort();
        }
    }
}

} // namespace carepulse::fuzz
