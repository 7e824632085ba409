#pragma once

#include "ParseIssue.h"
#include "model/Dimensions.h"
#include "model/Events.h"

#include <vector>

namespace carepulse {

// What one call of a reader produces: records of any kind, quarantined records and warnings.
struct RecordBatch {
    std::vector<CaseEvent> cases;
    std::vector<SurveyEvent> surveys;
    std::vector<DimensionRow> dimensionRows;
    std::vector<QuarantineRecord> quarantined;
    std::vector<ParseWarning> warnings;
    std::int64_t recordsRead = 0; // records seen, good or bad
    std::int64_t endOffset = 0;   // bytes of input consumed after this batch (a resumable position)

    void clear()
    {
        cases.clear();
        surveys.clear();
        dimensionRows.clear();
        quarantined.clear();
        warnings.clear();
        recordsRead = 0;
    }
    bool empty() const { return recordsRead == 0 && warnings.empty(); }
};

// A streaming reader: each call fills the batch (cleared first) with up to maxRecords records.
// Returns false once the input is exhausted and nothing was read.
class RecordReader {
public:
    virtual ~RecordReader() = default;
    virtual bool readBatch(RecordBatch& batch, std::size_t maxRecords) = 0;
};

} // namespace carepulse
