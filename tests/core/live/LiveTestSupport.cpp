#include "LiveTestSupport.h"

#include <QThread>

namespace carepulse::test {

QByteArray caseJson(int caseNo, const char* created, const char* modified, const char* status, const char* category,
                    const char* subCategory)
{
    return QStringLiteral(R"({"case_no":"%1","create_timestamp":"%2","last_modified_timestamp":"%3",)"
                          R"("created_employee_key":"E%4","call_center_id":"C-10%5","status":"%6","category":"%7",)"
                          R"("sub_category":"%8","communication_mode":"Call","country_cd":"IN","product_code":"P1"})")
        .arg(caseNo)
        .arg(QLatin1String(created), QLatin1String(modified))
        .arg(caseNo % 50)
        .arg(caseNo % 5 + 1)
        .arg(QLatin1String(status), QLatin1String(category), QLatin1String(subCategory))
        .toUtf8();
}

QByteArray surveyJson(const char* surveyId, int caseNo, const char* at, int q1)
{
    return QStringLiteral(R"({"survey_id":"%1","case_no":"%2","survey_timestamp":"%3","Q1":%4,"Q2":7,"Q3":"5",)"
                          R"("Q4":"Y","Q5":3})")
        .arg(QLatin1String(surveyId))
        .arg(caseNo)
        .arg(QLatin1String(at))
        .arg(q1)
        .toUtf8();
}

namespace {

QByteArray stamp(int minutes)
{
    const int day = 1 + minutes / 1440;
    const int hour = minutes / 60 % 24;
    const int minute = minutes % 60;
    return QStringLiteral("2026-11-%1 %2:%3:00")
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'))
        .toUtf8();
}

} // namespace

QByteArray jsonLinesStream(int cases, int firstCaseNo)
{
    static const char* const kCategories[][2] = {{"CAT1", "SCAT1"}, {"CAT2", "SCAT5"}, {"CAT3", "SCAT9"}, {"CAT4", "SCAT13"}};
    QByteArray out;
    for (int i = 0; i < cases; ++i) {
        const int caseNo = firstCaseNo + i;
        const int created = (i * 7) % 20000;
        const auto* const cat = kCategories[i % 4];
        const QByteArray c = stamp(created);
        out += caseJson(caseNo, c.constData(), c.constData(), "Open", cat[0], cat[1]) + '\n';
        if (i % 10 < 6) {
            const QByteArray closed = stamp(created + 30 + (i * 37) % 4000);
            out += caseJson(caseNo, c.constData(), closed.constData(), "Closed", cat[0], cat[1]) + '\n';
            if (i % 3 == 0) {
                const QByteArray at = stamp(created + 4100);
                out += surveyJson(QByteArray("S" + QByteArray::number(caseNo)).constData(), caseNo, at.constData(),
                                  1 + i % 10) +
                       '\n';
            }
        }
    }
    return out;
}

QByteArray jsonArrays(const QByteArray& jsonLines, int perArray)
{
    QByteArray out;
    int inArray = 0;
    for (const QByteArray& line : jsonLines.split('\n')) {
        if (line.isEmpty())
            continue;
        out += inArray == 0 ? "[" : ",";
        out += line;
        if (++inArray == perArray) {
            out += "]";
            inArray = 0;
        }
    }
    if (inArray > 0)
        out += "]";
    return out;
}

std::int64_t drain(LiveSource& source, RecordBatch& batch)
{
    const std::int64_t before = batch.recordsRead;
    while (source.read(batch, 100'000)) {
    }
    return batch.recordsRead - before;
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

std::vector<std::string> caseNos(const RecordBatch& batch)
{
    std::vector<std::string> all;
    for (const CaseEvent& e : batch.cases)
        all.push_back(e.caseNo + '/' + e.status);
    for (const SurveyEvent& s : batch.surveys)
        all.push_back(s.surveyId);
    return all;
}

} // namespace carepulse::test
