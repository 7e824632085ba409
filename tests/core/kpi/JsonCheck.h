#pragma once
// Helpers of the KPI golden test: the key order of every object in a JSON text (QJsonObject sorts its keys,
// so the order is read from the text itself), metrics.md's key order for `kpi --format json`, and a deep
// comparison of two parsed JSON values that lists every difference with its path.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace carepulse::test {

// Reads a JSON text and records, for every object, its keys in the order they appear. Paths look like
// "/rolling/1h/resolution_s" and "/by_priority/0"; the top-level object is "/". The text is assumed to be
// valid JSON (QJsonDocument checks that separately).
class KeyOrderReader {
public:
    explicit KeyOrderReader(const QString& text) : m_text(text) {}

    QMap<QString, QStringList> read()
    {
        skipSpace();
        value(QStringLiteral("/"));
        return m_keys;
    }

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    static QString child(const QString& path, const QString& name)
    {
        if (path == QLatin1String("/"))
            return path + name;
        return path + QLatin1Char('/') + name;
    }
    QString string()
    {
        QString s;
        ++m_pos; // opening quote
        while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char('"')) {
            if (m_text.at(m_pos) == QLatin1Char('\\')) {
                ++m_pos;
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('u')) {
                    s += QChar(m_text.mid(m_pos + 1, 4).toUShort(nullptr, 16));
                    m_pos += 5;
                    continue;
                }
            }
            if (m_pos < m_text.size())
                s += m_text.at(m_pos++);
        }
        ++m_pos; // closing quote
        return s;
    }
    void value(const QString& path)
    {
        skipSpace();
        const QChar c = peek();
        if (c == QLatin1Char('{')) {
            ++m_pos;
            QStringList& keys = m_keys[path];
            skipSpace();
            while (m_pos < m_text.size() && peek() != QLatin1Char('}')) {
                skipSpace();
                const QString key = string();
                keys << key;
                skipSpace();
                ++m_pos; // ':'
                value(child(path, key));
                skipSpace();
                if (peek() == QLatin1Char(','))
                    ++m_pos;
                skipSpace();
            }
            ++m_pos;
        } else if (c == QLatin1Char('[')) {
            ++m_pos;
            int index = 0;
            skipSpace();
            while (m_pos < m_text.size() && peek() != QLatin1Char(']')) {
                value(child(path, QString::number(index++)));
                skipSpace();
                if (peek() == QLatin1Char(','))
                    ++m_pos;
                skipSpace();
            }
            ++m_pos;
        } else if (c == QLatin1Char('"')) {
            string();
        } else {
            while (m_pos < m_text.size() && !QStringLiteral(",]} \t\r\n").contains(m_text.at(m_pos)))
                ++m_pos;
        }
    }

    QString m_text;
    qsizetype m_pos = 0;
    QMap<QString, QStringList> m_keys;
};

inline QStringList words(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

// metrics.md's objects and their keys, in order, for an output with priorityRows rows in by_priority.
inline QMap<QString, QStringList> metricsKeyOrder(qsizetype priorityRows)
{
    QMap<QString, QStringList> order;
    order.insert(QStringLiteral("/"), words("as_of cases rolling calendar by_priority sla surveys"));
    order.insert(QStringLiteral("/cases"), words("total open closed"));
    order.insert(QStringLiteral("/rolling"), words("1h 24h 7d 30d"));
    order.insert(QStringLiteral("/calendar"), words("today week month"));
    const QStringList windowKeys = words("opened closed surveys positive neutral negative resolution_s");
    for (const QString& group : {QStringLiteral("rolling"), QStringLiteral("calendar")}) {
        for (const QString& window : order.value(QLatin1Char('/') + group)) {
            const QString path = QLatin1Char('/') + group + QLatin1Char('/') + window;
            order.insert(path, windowKeys);
            order.insert(path + QStringLiteral("/resolution_s"), words("mean median p90"));
        }
    }
    for (qsizetype i = 0; i < priorityRows; ++i) {
        order.insert(QStringLiteral("/by_priority/%1").arg(i),
                     words("priority level severity sla_hours total open closed"));
    }
    order.insert(QStringLiteral("/sla"),
                 words("with_sla met breached breached_open breached_closed at_risk compliance_pct"));
    order.insert(QStringLiteral("/surveys"), words("total positive neutral negative csat_pct"));
    return order;
}

inline QString show(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String: return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Array: return QStringLiteral("[array of %1]").arg(v.toArray().size());
    case QJsonValue::Object: return QStringLiteral("{object}");
    case QJsonValue::Undefined: return QStringLiteral("(missing)");
    }
    return {};
}

// Every difference between expected and actual, one line each: "path: expected X, got Y". Numbers are
// compared exactly as doubles.
inline void diffJson(const QString& path, const QJsonValue& expected, const QJsonValue& actual, QStringList& out)
{
    if (expected.type() != actual.type()) {
        out << QStringLiteral("%1: expected %2, got %3").arg(path, show(expected), show(actual));
        return;
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            diffJson(path + QLatin1Char('/') + it.key(), it.value(), a.value(it.key()), out);
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                out << QStringLiteral("%1/%2: unexpected key (value %3)").arg(path, it.key(), show(it.value()));
        }
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            out << QStringLiteral("%1: expected %2 elements, got %3").arg(path).arg(e.size()).arg(a.size());
        for (qsizetype i = 0; i < qMin(e.size(), a.size()); ++i)
            diffJson(path + QLatin1Char('/') + QString::number(i), e.at(i), a.at(i), out);
    } else if (expected.isDouble()) {
        if (expected.toDouble() != actual.toDouble())
            out << QStringLiteral("%1: expected %2, got %3").arg(path, show(expected), show(actual));
    } else if (expected != actual) {
        out << QStringLiteral("%1: expected %2, got %3").arg(path, show(expected), show(actual));
    }
}

} // namespace carepulse::test
