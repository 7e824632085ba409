#pragma once
// A typed QSettings entry, declared where it is used:
//
//     const Setting<int> refreshInterval{"dashboard/refreshMs", 1000};
//     timer.setInterval(refreshInterval.value());
//
// The key and its default live in one place, so readers and writers cannot disagree on either. Reading
// falls back to the default when the key is absent or holds something that does not convert to T (a
// hand-edited or older settings file must never yield a half-parsed value). QtCore only: core and ui
// share it.

#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace carepulse {

template<typename T> class Setting {
public:
    Setting(const char* key, T defaultValue = T {})
        : m_key(QString::fromUtf8(key))
        , m_default(std::move(defaultValue))
    {
    }

    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

    // The application's settings (organisation and application name set in main()).
    T value() const { return value(QSettings()); }
    void setValue(const T& newValue) const
    {
        QSettings settings;
        setValue(settings, newValue);
    }
    void reset() const
    {
        QSettings settings;
        reset(settings);
    }

    // An explicit settings object, for tests and for settings files other than the default.
    T value(const QSettings& settings) const
    {
        QVariant stored = settings.value(m_key);
        if (!stored.isValid())
            return m_default;
        if (stored.metaType() != QMetaType::fromType<T>() && !stored.convert(QMetaType::fromType<T>()))
            return m_default;
        return stored.template value<T>();
    }
    void setValue(QSettings& settings, const T& newValue) const
    {
        settings.setValue(m_key, QVariant::fromValue(newValue));
    }
    void reset(QSettings& settings) const { settings.remove(m_key); }

private:
    QString m_key;
    T m_default;
};

} // namespace carepulse
