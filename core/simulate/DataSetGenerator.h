#pragma once
// `simulate history`: writes a complete FutureCart data set into a folder: the six real dimension files,
// generated employees and products, and the case and survey history.

#include "model/Timestamp.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace carepulse::simulate {

struct DataSetOptions {
    QString outDir;
    std::uint64_t seed = 1;
    std::size_t caseCount = 0;
    int days = 10;
    Timestamp end = 0;                 // the history covers [end - days, end)
    std::size_t employeeCount = 300024; // data set S
    std::size_t productCount = 92353;
};

struct WrittenFile {
    QString name;
    std::uint64_t rows = 0; // without the header
};

struct DataSetReport {
    std::vector<WrittenFile> files;
    QString error; // empty on success; names the path that failed
};

// Called before each step with a short description ("employees", "cases", ...).
using ProgressCallback = std::function<void(const QString& step)>;

DataSetReport generateDataSet(const DataSetOptions& options, const ProgressCallback& progress = {});

// Smallest --employees that gives every call centre a manager, a lead and an agent.
std::size_t minimumEmployeeCount();

} // namespace carepulse::simulate
