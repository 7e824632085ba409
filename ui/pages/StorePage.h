#pragma once
// The "store" page: which tables the open store holds and how many rows each has.

#include <QWidget>

#include <cstdint>

class QTableView;

namespace carepulse::ui {

class MessageBanner;
class StoreContentsLoader;
class StoreContentsModel;
struct StoreContents;

class StorePage : public QWidget {
    Q_OBJECT

public:
    explicit StorePage(QWidget* parent = nullptr);

    // Shows the store at location and loads its contents in the background.
    void setStoreLocation(const QString& location);
    const QString& storeLocation() const { return m_location; }
    void refresh();

    StoreContentsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    MessageBanner* banner() const { return m_banner; }

signals:
    void loadStarted(const QString& location);
    void contentsLoaded(const QString& location, std::int64_t caseEvents);
    void loadFailed(const QString& location, const QString& message);

private:
    void showContents(const StoreContents& contents);
    void showFailure(const QString& location, const QString& message);

    QString m_location;
    MessageBanner* m_banner;
    StoreContentsModel* m_model;
    QTableView* m_view;
    StoreContentsLoader* m_loader;
};

} // namespace carepulse::ui
