// Timestamps: the accepted shapes, the rejected ones, and formatting back. Qt's own UTC calendar is the
// oracle, since CarePulse counts naive wall-clock seconds as if they were UTC.

#include "ParseTest.h"
#include "TestSupport.h"

#include "model/Timestamp.h"

#include <QDateTime>
#include <QTimeZone>

using namespace carepulse;
using namespace carepulse::test;

namespace {

qint64 utcSeconds(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

void ParseTest::parseTimestamp_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    const qint64 june17 = utcSeconds(2020, 6, 17, 19, 42, 4);
    QTest::newRow("plain") << QByteArray("2020-06-17 19:42:04") << true << june17;
    QTest::newRow("fraction dropped") << QByteArray("2020-06-17 19:42:04.123456") << true << june17;
    QTest::newRow("fraction .999 not rounded") << QByteArray("2020-06-17 19:42:04.999") << true << june17;
    QTest::newRow("T separator") << QByteArray("2020-06-17T19:42:04") << true << june17;
    QTest::newRow("T separator and fraction") << QByteArray("2020-06-17T19:42:04.5") << true << june17;
    QTest::newRow("epoch") << QByteArray("1970-01-01 00:00:00") << true << qint64(0);
    QTest::newRow("before epoch") << QByteArray("1969-12-31 23:59:59") << true << qint64(-1);
    QTest::newRow("calendar start") << QByteArray("1990-12-29 00:00:00") << true << utcSeconds(1990, 12, 29);
    QTest::newRow("calendar end") << QByteArray("2049-12-31 23:59:59") << true << utcSeconds(2049, 12, 31, 23, 59, 59);
    QTest::newRow("leap day") << QByteArray("2020-02-29 12:00:00") << true << utcSeconds(2020, 2, 29, 12);
    QTest::newRow("leap day 2000") << QByteArray("2000-02-29 00:00:01") << true << utcSeconds(2000, 2, 29, 0, 0, 1);

    QTest::newRow("month 13") << QByteArray("2020-13-01 10:00:00") << false << qint64(0);
    QTest::newRow("month 0") << QByteArray("2020-00-10 10:00:00") << false << qint64(0);
    QTest::newRow("Feb 30") << QByteArray("2020-02-30 10:00:00") << false << qint64(0);
    QTest::newRow("Feb 29 non-leap") << QByteArray("2019-02-29 10:00:00") << false << qint64(0);
    QTest::newRow("Feb 29 1900") << QByteArray("1900-02-29 10:00:00") << false << qint64(0);
    QTest::newRow("Apr 31") << QByteArray("2020-04-31 10:00:00") << false << qint64(0);
    QTest::newRow("day 0") << QByteArray("2020-04-00 10:00:00") << false << qint64(0);
    QTest::newRow("hour 24") << QByteArray("2020-06-17 24:00:00") << false << qint64(0);
    QTest::newRow("minute 60") << QByteArray("2020-06-17 19:60:04") << false << qint64(0);
    QTest::newRow("second 60") << QByteArray("2020-06-17 19:42:60") << false << qint64(0);
    QTest::newRow("letters") << QByteArray("2020-0a-17 19:42:04") << false << qint64(0);
    QTest::newRow("words") << QByteArray("yesterday afternoon") << false << qint64(0);
    QTest::newRow("short: no seconds") << QByteArray("2020-06-17 19:42") << false << qint64(0);
    QTest::newRow("short: date only") << QByteArray("2020-06-17") << false << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("slashes") << QByteArray("2020/06/17 19:42:04") << false << qint64(0);
    QTest::newRow("other separator") << QByteArray("2020-06-17X19:42:04") << false << qint64(0);
    QTest::newRow("dot without digits") << QByteArray("2020-06-17 19:42:04.") << false << qint64(0);
    QTest::newRow("letters in fraction") << QByteArray("2020-06-17 19:42:04.12a") << false << qint64(0);
    QTest::newRow("trailing text") << QByteArray("2020-06-17 19:42:04 PM") << false << qint64(0);
    QTest::newRow("leading space") << QByteArray(" 2020-06-17 19:42:04") << false << qint64(0);
    QTest::newRow("one-digit month") << QByteArray("2020-6-17 19:42:04") << false << qint64(0);
}

void ParseTest::parseTimestamp()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const auto ts = carepulse::parseTimestamp(view(text));
    QCOMPARE(ts.has_value(), valid);
    if (valid)
        QCOMPARE(*ts, expected);
}

void ParseTest::parseDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("plain") << QByteArray("2011-02-20") << true << utcSeconds(2011, 2, 20);
    QTest::newRow("leap day") << QByteArray("2048-02-29") << true << utcSeconds(2048, 2, 29);
    QTest::newRow("Feb 29 non-leap") << QByteArray("2049-02-29") << false << qint64(0);
    QTest::newRow("month 13") << QByteArray("2011-13-20") << false << qint64(0);
    QTest::newRow("with a time") << QByteArray("2011-02-20 00:00:00") << false << qint64(0);
    QTest::newRow("short") << QByteArray("2011-02-2") << false << qint64(0);
    QTest::newRow("letters") << QByteArray("20II-02-20") << false << qint64(0);
}

void ParseTest::parseDate()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const auto ts = carepulse::parseDate(view(text));
    QCOMPARE(ts.has_value(), valid);
    if (valid)
        QCOMPARE(*ts, expected);
}

void ParseTest::formatRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("formatted");

    QTest::newRow("plain") << QByteArray("2020-06-17 19:42:04") << QByteArray("2020-06-17 19:42:04");
    QTest::newRow("fraction dropped") << QByteArray("2020-06-17 19:42:04.123456") << QByteArray("2020-06-17 19:42:04");
    QTest::newRow("T becomes space") << QByteArray("2020-06-17T19:42:04") << QByteArray("2020-06-17 19:42:04");
    QTest::newRow("midnight") << QByteArray("2021-01-01 00:00:00") << QByteArray("2021-01-01 00:00:00");
    QTest::newRow("last second of a year") << QByteArray("2019-12-31 23:59:59") << QByteArray("2019-12-31 23:59:59");
    QTest::newRow("before epoch") << QByteArray("1969-07-20 20:17:40") << QByteArray("1969-07-20 20:17:40");
    QTest::newRow("calendar start") << QByteArray("1990-12-29 00:00:00") << QByteArray("1990-12-29 00:00:00");
    QTest::newRow("leap day") << QByteArray("2024-02-29 08:30:00") << QByteArray("2024-02-29 08:30:00");
}

void ParseTest::formatRoundTrip()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, formatted);

    const auto ts = carepulse::parseTimestamp(view(text));
    QVERIFY(ts.has_value());
    QCOMPARE(QByteArray::fromStdString(formatTimestamp(*ts)), formatted);
    QCOMPARE(QByteArray::fromStdString(formatDate(*ts)), formatted.left(10));
    char out[19];
    formatTimestamp(*ts, out);
    QCOMPARE(QByteArray(out, 19), formatted);
    QVERIFY(carepulse::parseTimestamp(formatTimestamp(*ts)) == ts);
}

void ParseTest::formatMatchesCalendar()
{
    // Walk 1900..2100 in uneven steps so every month, weekday and time of day is visited.
    const qint64 from = utcSeconds(1900, 1, 1);
    const qint64 to = utcSeconds(2100, 12, 31, 23, 59, 59);
    int checked = 0;
    for (qint64 ts = from; ts <= to; ts += 86400 * 3 + 3607) {
        const QDateTime oracle = QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc());
        const std::string text = formatTimestamp(ts);
        if (qs(text) != oracle.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            QFAIL(qPrintable(QStringLiteral("%1 formatted as %2").arg(ts).arg(qs(text))));
        if (carepulse::parseTimestamp(text) != ts)
            QFAIL(qPrintable(QStringLiteral("%1 does not parse back to %2").arg(qs(text)).arg(ts)));
        if (isoWeekday(ts) != oracle.date().dayOfWeek() - 1)
            QFAIL(qPrintable(QStringLiteral("weekday of %1").arg(qs(text))));
        ++checked;
    }
    QVERIFY(checked > 20000);
}
