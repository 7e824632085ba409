// The drill-down test's expectations, computed by hand in tests/fixtures/report/drilldown/NOTES.md.

#include "DrilldownExpected.h"

#include <QtTest>

// The expected group rows of every grouping, from NOTES.md: key:name [+ key:name] | cases open breached
// at_risk met compliance median.
void addGroupRowsData(const QString& asOf)
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QString>("levels");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("center") << asOf << QStringLiteral("center")
                            << QStringList{QStringLiteral("C-100:Unknown | 2 1 1 0 0 null 1200"),
                                           QStringLiteral("C-101:Concentrix, New york | 6 3 3 1 1 33.33 3600"),
                                           QStringLiteral("C-103:Genpact, Bangalore | 5 2 1 1 2 66.67 3600")};
    QTest::newRow("manager") << asOf << QStringLiteral("manager")
                             << QStringList{QStringLiteral(":Unknown | 1 1 1 0 0 null 1200"),
                                            QStringLiteral("900:Mona Meyer | 6 3 2 1 2 66.67 600"),
                                            QStringLiteral("901:Max Miller | 6 2 2 1 1 33.33 3600")};
    QTest::newRow("employee") << asOf << QStringLiteral("employee")
                              << QStringList{QStringLiteral("1001:Ann Archer | 3 0 1 0 2 66.67 600"),
                                             QStringLiteral("1002:Bob O\"Neil | 3 3 1 1 0 null 7200"),
                                             QStringLiteral("1003:Cara Chen | 3 1 1 0 1 50 3600"),
                                             QStringLiteral("1004:Dan Diaz | 3 1 1 1 0 0 3600"),
                                             QStringLiteral("5555:Unknown | 1 1 1 0 0 null 1200")};
    QTest::newRow("category") << asOf << QStringLiteral("category")
                              << QStringList{QStringLiteral("CAT1:Subscription | 9 5 4 1 2 50 1200"),
                                             QStringLiteral("CAT2:Billing | 1 0 0 0 1 100 null"),
                                             QStringLiteral("CAT3:Product | 2 1 1 1 0 0 3600"),
                                             QStringLiteral("CAT9:Unknown | 1 0 0 0 0 null null")};
    QTest::newRow("sub-category") << asOf << QStringLiteral("sub-category")
                                  << QStringList{QStringLiteral("SCAT1:Renewal | 6 3 4 0 1 33.33 1200"),
                                                 QStringLiteral("SCAT2:Termination | 3 2 0 1 1 100 null"),
                                                 QStringLiteral("SCAT5:Discount | 1 0 0 0 1 100 null"),
                                                 QStringLiteral("SCAT11:Warranty | 2 1 1 1 0 0 3600"),
                                                 QStringLiteral("SCAT99:Unknown | 1 0 0 0 0 null null")};
    QTest::newRow("priority") << asOf << QStringLiteral("priority")
                              << QStringList{QStringLiteral("P1:Highest / Critical | 6 3 4 0 1 33.33 1200"),
                                             QStringLiteral("P6:Highest / High | 3 2 0 1 1 100 null"),
                                             QStringLiteral("P7:High / High | 2 1 1 1 0 0 3600"),
                                             QStringLiteral("P19:Low / Minor | 1 0 0 0 1 100 null"),
                                             QStringLiteral("unknown:Unknown | 1 0 0 0 0 null null")};
    QTest::newRow("channel") << asOf << QStringLiteral("channel")
                             << QStringList{QStringLiteral("Call:Call | 6 3 1 1 1 50 600"),
                                            QStringLiteral("Chat:Chat | 4 1 3 0 1 33.33 3600"),
                                            QStringLiteral("Email:Email | 3 2 1 1 1 100 1200")};
    QTest::newRow("country") << asOf << QStringLiteral("country")
                             << QStringList{QStringLiteral("IN:India | 5 4 1 2 1 100 7200"),
                                            QStringLiteral("KR:Korea, Republic of | 1 1 1 0 0 null 1200"),
                                            QStringLiteral("US:United States of America | 7 1 3 0 2 40 3600")};
    QTest::newRow("center,manager")
        << asOf << QStringLiteral("center,manager")
        << QStringList{QStringLiteral("C-100:Unknown + :Unknown | 1 1 1 0 0 null 1200"),
                       QStringLiteral("C-100:Unknown + 901:Max Miller | 1 0 0 0 0 null null"),
                       QStringLiteral("C-101:Concentrix, New york + 900:Mona Meyer | 5 3 2 1 1 50 600"),
                       QStringLiteral("C-101:Concentrix, New york + 901:Max Miller | 1 0 1 0 0 0 3600"),
                       QStringLiteral("C-103:Genpact, Bangalore + 900:Mona Meyer | 1 0 0 0 1 100 null"),
                       QStringLiteral("C-103:Genpact, Bangalore + 901:Max Miller | 4 2 1 1 1 50 3600")};
    QTest::newRow("category,sub-category")
        << asOf << QStringLiteral("category,sub-category")
        << QStringList{QStringLiteral("CAT1:Subscription + SCAT1:Renewal | 6 3 4 0 1 33.33 1200"),
                       QStringLiteral("CAT1:Subscription + SCAT2:Termination | 3 2 0 1 1 100 null"),
                       QStringLiteral("CAT2:Billing + SCAT5:Discount | 1 0 0 0 1 100 null"),
                       QStringLiteral("CAT3:Product + SCAT11:Warranty | 2 1 1 1 0 0 3600"),
                       QStringLiteral("CAT9:Unknown + SCAT99:Unknown | 1 0 0 0 0 null null")};
    QTest::newRow("center,priority")
        << asOf << QStringLiteral("center,priority")
        << QStringList{QStringLiteral("C-100:Unknown + P1:Highest / Critical | 1 1 1 0 0 null 1200"),
                       QStringLiteral("C-100:Unknown + unknown:Unknown | 1 0 0 0 0 null null"),
                       QStringLiteral("C-101:Concentrix, New york + P1:Highest / Critical | 5 2 3 0 1 33.33 3600"),
                       QStringLiteral("C-101:Concentrix, New york + P6:Highest / High | 1 1 0 1 0 null null"),
                       QStringLiteral("C-103:Genpact, Bangalore + P6:Highest / High | 2 1 0 0 1 100 null"),
                       QStringLiteral("C-103:Genpact, Bangalore + P7:High / High | 2 1 1 1 0 0 3600"),
                       QStringLiteral("C-103:Genpact, Bangalore + P19:Low / Minor | 1 0 0 0 1 100 null")};
    // As of 09:05: 5, 12, 100 do not exist yet; 2 is open and breached (overdue 300), 10 open and at
    // risk, 8 open (closes 09:30).
    QTest::newRow("center@09:05") << QStringLiteral("2025-03-10 09:05:00") << QStringLiteral("center")
                                  << QStringList{QStringLiteral("C-100:Unknown | 1 1 0 0 0 null null"),
                                                 QStringLiteral("C-101:Concentrix, New york | 5 3 2 0 1 50 300"),
                                                 QStringLiteral("C-103:Genpact, Bangalore | 4 2 0 1 2 100 null")};
}

// The columns of single cases of the list (`--state all`), from NOTES.md.
void addCaseColumnsData()
{
    QTest::addColumn<QString>("caseNo");
    QTest::addColumn<QStringList>("expected"); // column=value
    QTest::newRow("10 breached closed")
        << QStringLiteral("10")
        << QStringList{QStringLiteral("priority=P7"), QStringLiteral("level=High"), QStringLiteral("severity=High"),
                       QStringLiteral("sla_hours=6"), QStringLiteral("created=2025-03-10 04:00:00"),
                       QStringLiteral("due=2025-03-10 10:00:00"), QStringLiteral("closed_at=2025-03-10 11:00:00"),
                       QStringLiteral("elapsed_s=25200"), QStringLiteral("overdue_by_s=3600"), QStringLiteral("state=closed"),
                       QStringLiteral("sla_state=breached"), QStringLiteral("call_center=C-103"),
                       QStringLiteral("location=Bangalore"), QStringLiteral("employee=Cara Chen"),
                       QStringLiteral("manager=Max Miller"), QStringLiteral("category=Product"),
                       QStringLiteral("sub_category=Warranty"), QStringLiteral("channel=Chat"), QStringLiteral("country=US"),
                       QStringLiteral("product=P200")};
    QTest::newRow("9 breached open")
        << QStringLiteral("9")
        << QStringList{QStringLiteral("priority=P1"), QStringLiteral("level=Highest"), QStringLiteral("severity=Critical"),
                       QStringLiteral("sla_hours=1"), QStringLiteral("created=2025-03-10 09:00:00"),
                       QStringLiteral("due=2025-03-10 10:00:00"), QStringLiteral("closed_at="),
                       QStringLiteral("elapsed_s=10800"), QStringLiteral("overdue_by_s=7200"), QStringLiteral("state=open"),
                       QStringLiteral("sla_state=breached"), QStringLiteral("call_center=C-101"),
                       QStringLiteral("location=New york"), QStringLiteral("employee=Bob O\"Neil"),
                       QStringLiteral("manager=Mona Meyer"), QStringLiteral("category=Subscription"),
                       QStringLiteral("sub_category=Renewal"), QStringLiteral("channel=Chat"), QStringLiteral("product=P200")};
    QTest::newRow("100 unknown centre and employee")
        << QStringLiteral("100")
        << QStringList{QStringLiteral("priority=P1"), QStringLiteral("due=2025-03-10 11:40:00"),
                       QStringLiteral("elapsed_s=4800"), QStringLiteral("overdue_by_s=1200"), QStringLiteral("state=open"),
                       QStringLiteral("sla_state=breached"), QStringLiteral("call_center=C-100"),
                       QStringLiteral("location=Unknown"), QStringLiteral("employee=Unknown"),
                       QStringLiteral("manager=Unknown"), QStringLiteral("channel=Email"), QStringLiteral("country=KR"),
                       QStringLiteral("product=P300")};
    QTest::newRow("4 at risk")
        << QStringLiteral("4")
        << QStringList{QStringLiteral("priority=P6"), QStringLiteral("sla_hours=4"), QStringLiteral("due=2025-03-10 12:30:00"),
                       QStringLiteral("closed_at="), QStringLiteral("elapsed_s=12600"), QStringLiteral("overdue_by_s="),
                       QStringLiteral("state=open"), QStringLiteral("sla_state=at-risk")};
    QTest::newRow("8 unknown pair: no SLA")
        << QStringLiteral("8")
        << QStringList{QStringLiteral("priority=unknown"), QStringLiteral("level="), QStringLiteral("severity="),
                       QStringLiteral("sla_hours="), QStringLiteral("due="), QStringLiteral("closed_at=2025-03-10 09:30:00"),
                       QStringLiteral("elapsed_s=1800"), QStringLiteral("overdue_by_s="), QStringLiteral("state=closed"),
                       QStringLiteral("sla_state=no-sla"), QStringLiteral("category=Unknown"),
                       QStringLiteral("sub_category=Unknown"), QStringLiteral("employee=Dan Diaz"),
                       QStringLiteral("manager=Max Miller")};
}
