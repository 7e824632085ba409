#include "StorePage.h"

#include "store/StoreContentsLoader.h"
#include "store/StoreContentsModel.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReportTableView.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace carepulse::ui {

namespace {

QTableView* createTableView(QAbstractItemModel* model, QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(StoreContentsModel::RawValueRole);

    auto* view = new ReportTableView(parent); // copy and CSV export
    view->setObjectName(QStringLiteral("storeContents"));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the store's own order until the user picks a column
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(StoreContentsModel::TableColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StoreContentsModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StoreContentsModel::RowsColumn, QHeaderView::ResizeToContents);
    return view;
}

} // namespace

StorePage::StorePage(QWidget* parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_model(new StoreContentsModel(this))
    , m_view(createTableView(m_model, this))
    , m_loader(new StoreContentsLoader(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_loader, &StoreContentsLoader::loaded, this, &StorePage::showContents);
    connect(m_loader, &StoreContentsLoader::failed, this, &StorePage::showFailure);
}

void StorePage::setStoreLocation(const QString& location)
{
    if (location != m_location) {
        // Another store's counts must not stay on screen under this store's name.
        m_model->setCounts({});
        m_banner->clear();
    }
    m_location = location;
    refresh();
}

void StorePage::refresh()
{
    if (m_location.isEmpty())
        return;
    emit loadStarted(m_location);
    m_loader->load(m_location);
}

void StorePage::showContents(const StoreContents& contents)
{
    m_model->setCounts(contents.counts);
    if (m_model->totalRows() == 0) {
        m_banner->showMessage(MessageBanner::Kind::Information,
            tr("The store %1 is empty. Import data with: carepulse-cli import --db %1 FILE…").arg(contents.location));
    } else if (m_banner->kind() == MessageBanner::Kind::Error) {
        m_banner->clear();
    }
    emit contentsLoaded(contents.location, m_model->rowsOf(kCaseEventTable).value_or(0));
}

void StorePage::showFailure(const QString& location, const QString& message)
{
    m_model->setCounts({});
    m_banner->showMessage(MessageBanner::Kind::Error, tr("Cannot read the store %1: %2").arg(location, message));
    emit loadFailed(location, message);
}

} // namespace carepulse::ui
