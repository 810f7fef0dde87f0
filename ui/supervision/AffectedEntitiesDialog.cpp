#include "AffectedEntitiesDialog.h"

#include "common/LightIcon.h"
#include "credit/LightEngine.h"
#include "entities/EntityProfileDialog.h"
#include "registry/EntityRepository.h"
#include "supervision/GradeImporter.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
enum Column { LightColumn, CodeColumn, NameColumn, StatusColumn, Columns };
constexpr int IdRole = Qt::UserRole + 1;

// Sorts by how serious the light is (red first), not by the alphabet of its name.
class LightItem : public QTableWidgetItem
{
public:
    explicit LightItem(const QString &light)
        : QTableWidgetItem(LightIcon::icon(light), LightEngine::lightLabel(light)), m_rank(int(LightIcon::lights().indexOf(light)))
    {}
    bool operator<(const QTableWidgetItem &other) const override
    {
        const auto *light = dynamic_cast<const LightItem *>(&other);
        return light ? m_rank < light->m_rank : QTableWidgetItem::operator<(other);
    }

private:
    int m_rank;
};
} // namespace

AffectedEntitiesDialog::AffectedEntitiesDialog(Database &db, const Actor &actor, const QList<qint64> &entityIds, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_table(new QTableWidget(0, Columns, this))
{
    setObjectName(QStringLiteral("affectedEntitiesDialog"));
    setWindowTitle(tr("Entities in this import"));
    // At most GradeImportResult::MaxSampleEntities rows, read by primary key.
    const QList<Entity> entities = EntityRepository(db).byIds(entityIds);
    auto *intro = new QLabel(entityIds.size() >= GradeImportResult::MaxSampleEntities
                                 ? tr("The first %n entities of the import, with their light now. Enter opens a profile.", nullptr,
                                      int(entities.size()))
                                 : tr("%n entities, with their light now. Enter opens a profile.", nullptr, int(entities.size())),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("affectedTable"));
    m_table->setHorizontalHeaderLabels({tr("Light"), tr("Credit code"), tr("Name"), tr("Status")});
    m_table->setRowCount(int(entities.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setWordWrap(false);
    for (int row = 0; row < entities.size(); ++row) {
        const Entity &e = entities.at(row);
        auto *light = new LightItem(e.light);
        light->setData(IdRole, e.id);
        m_table->setItem(row, LightColumn, light);
        m_table->setItem(row, CodeColumn, new QTableWidgetItem(e.code));
        m_table->setItem(row, NameColumn, new QTableWidgetItem(e.name));
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(Entity::statusLabel(e.status)));
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LightColumn, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openProfile(row); });
    if (!entities.isEmpty())
        m_table->setCurrentCell(0, NameColumn);  // after sorting: the most serious first

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 520);
}

int AffectedEntitiesDialog::rowCount() const
{
    return m_table->rowCount();
}

void AffectedEntitiesDialog::openProfile(int row)
{
    const QTableWidgetItem *item = m_table->item(row, LightColumn);
    if (!item)
        return;
    auto *dialog = new EntityProfileDialog(m_db, m_actor, item->data(IdRole).toLongLong(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool AffectedEntitiesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentRow() >= 0) {
            openProfile(m_table->currentRow());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace cl
