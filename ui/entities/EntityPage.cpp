#include "EntityPage.h"

#include "EntityListModel.h"
#include "EntityProfileDialog.h"
#include "RegisterEntityDialog.h"
#include "auth/Authorizer.h"
#include "common/LightIcon.h"
#include "credit/LightEngine.h"
#include "db/Database.h"
#include "registry/ReferenceData.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace cl {

namespace {
// Long enough to skip the keystrokes of a fast typist, short enough to feel immediate.
constexpr int SearchDelayMs = 200;

} // namespace

EntityPage::EntityPage(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_model(new EntityListModel(db, this)), m_search(new QLineEdit(this)),
      m_town(new QComboBox(this)), m_industry(new QComboBox(this)), m_kind(new QComboBox(this)), m_light(new QComboBox(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("entitySearch"));
    m_search->setPlaceholderText(tr("Name or credit code (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_search->installEventFilter(this);
    m_town->setObjectName(QStringLiteral("townFilter"));
    m_industry->setObjectName(QStringLiteral("industryFilter"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_light->setObjectName(QStringLiteral("lightFilter"));
    m_light->setToolTip(tr("Show only entities with this credit light"));
    fillFilterCombos();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SearchDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &EntityPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_town, m_industry, m_kind, m_light})
        connect(combo, &QComboBox::currentIndexChanged, this, &EntityPage::applyFilter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_town, 1);
    filters->addWidget(m_industry, 1);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_light, 1);
    if (Authorizer::allowed(db.sql(), actor, Permission::EntityEdit)) {
        m_register = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Register entity…"), this);
        m_register->setObjectName(QStringLiteral("registerEntityButton"));
        m_register->setToolTip(tr("Register a new market entity (Ctrl+N)"));
        m_register->setShortcut(QKeySequence::New);
        connect(m_register, &QPushButton::clicked, this, &EntityPage::registerEntity);
        filters->addWidget(m_register);
    }

    m_table->setObjectName(QStringLiteral("entityTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->installEventFilter(this);
    // A million rows: every row has the same fixed height and no column is sized to its
    // contents, so the view never has to measure rows it does not show.
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    // Only code, name and registration date sort (in SQL); clicks on other columns put the
    // indicator back where the order really is.
    connect(columns, &QHeaderView::sortIndicatorChanged, this, [this, columns](int column, Qt::SortOrder) {
        if (!EntityListModel::isSortable(column)) {
            const QSignalBlocker block(columns);
            columns->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    fitColumns();
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openProfile(index.row()); });

    m_count->setObjectName(QStringLiteral("entityCount"));
    connect(m_model, &EntityListModel::countingStarted, this, &EntityPage::updateCountLabel);
    connect(m_model, &EntityListModel::countChanged, this, [this](qint64 count) {
        updateCountLabel();
        if (m_focusResultsWhenCounted && count > 0) {
            m_table->setFocus();
            m_table->setCurrentIndex(m_model->index(0, EntityListModel::NameColumn));
        }
        m_focusResultsWhenCounted = false;
    });
    connect(m_model, &EntityListModel::loadFailed, this, &EntityPage::showLoadError);

    auto *hint = new QLabel(tr("Enter opens the selected entity"), this);
    hint->setEnabled(false);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch();
    footer->addWidget(hint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    updateCountLabel();
}

void EntityPage::fillFilterCombos()
{
    m_town->addItem(tr("All towns and streets"), 0);
    for (const NamedRow &town : ReferenceData::towns(m_db.sql()))
        m_town->addItem(town.name, town.id);
    m_industry->addItem(tr("All industries"), 0);
    for (const NamedRow &industry : ReferenceData::industries(m_db.sql()))
        m_industry->addItem(industry.name, industry.id);
    m_industry->setMaxVisibleItems(20);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : Entity::kinds())
        m_kind->addItem(Entity::kindLabel(kind), kind);
    m_light->addItem(tr("All lights"), QString());
    for (const QString &light : LightIcon::lights())
        m_light->addItem(LightIcon::icon(light), LightEngine::lightLabel(light), light);
}

void EntityPage::setLightFilter(const QString &light)
{
    m_light->setCurrentIndex(qMax(0, m_light->findData(light)));
    applyFilter();
}

void EntityPage::showFiltered(const QString &light, qint64 industryId, qint64 townId)
{
    for (QComboBox *combo : {m_town, m_industry, m_kind, m_light})
        combo->blockSignals(true);
    m_search->clear();
    m_light->setCurrentIndex(qMax(0, m_light->findData(light)));
    m_industry->setCurrentIndex(qMax(0, m_industry->findData(industryId)));
    m_town->setCurrentIndex(qMax(0, m_town->findData(townId)));
    m_kind->setCurrentIndex(0);
    for (QComboBox *combo : {m_town, m_industry, m_kind, m_light})
        combo->blockSignals(false);
    applyFilter();
}

void EntityPage::fitColumns()
{
    // Widths from the font and the label sets, never from the rows: the widest credit code,
    // the longest kind and status label, typical Chinese names of industries and towns.
    const QFontMetrics fm = fontMetrics();
    const int pad = 24;
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(EntityListModel::CodeColumn, fm.horizontalAdvance(QStringLiteral("91370681MA3P7K2Q3U")) + pad);
    // The name takes the spare width: it is what people read.
    header->setSectionResizeMode(EntityListModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(fm.horizontalAdvance(QString(3, QChar(0x5546))));
    int kindWidth = 0;
    for (const QString &kind : Entity::kinds())
        kindWidth = qMax(kindWidth, fm.horizontalAdvance(Entity::kindLabel(kind)));
    header->resizeSection(EntityListModel::KindColumn, kindWidth + pad);
    int lightWidth = fm.horizontalAdvance(m_model->headerData(EntityListModel::LightColumn, Qt::Horizontal).toString());
    for (const QString &light : LightIcon::lights())
        lightWidth = qMax(lightWidth, fm.horizontalAdvance(LightEngine::lightLabel(light)) + 14 + 6);  // marker and gap
    header->resizeSection(EntityListModel::LightColumn, lightWidth + pad);
    header->resizeSection(EntityListModel::IndustryColumn, fm.horizontalAdvance(QString(8, QChar(0x5546))) + pad);
    header->resizeSection(EntityListModel::TownColumn, fm.horizontalAdvance(QString(5, QChar(0x5546))) + pad);
    header->resizeSection(EntityListModel::RegisteredColumn, fm.horizontalAdvance(QStringLiteral("2024-12-31")) + pad + 16);
    int statusWidth = fm.horizontalAdvance(m_model->headerData(EntityListModel::StatusColumn, Qt::Horizontal).toString());
    for (const char *status : {"active", "revoked", "cancelled", "closed"})
        statusWidth = qMax(statusWidth, fm.horizontalAdvance(Entity::statusLabel(QLatin1String(status))));
    header->resizeSection(EntityListModel::StatusColumn, statusWidth + pad);
}

void EntityPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EntityPage::applyFilter()
{
    m_debounce.stop();
    EntityQuery filter;
    filter.text = m_search->text().trimmed();
    filter.townId = m_town->currentData().toLongLong();
    filter.industryId = m_industry->currentData().toLongLong();
    filter.kind = m_kind->currentData().toString();
    filter.light = m_light->currentData().toString();
    m_model->setFilter(filter);
}

void EntityPage::updateCountLabel()
{
    m_count->setStyleSheet(QString());
    if (m_model->isCounting()) {
        m_count->setText(tr("Counting…"));
        return;
    }
    const EntityQuery &q = m_model->query();
    const bool filtered = !q.text.isEmpty() || q.townId || q.industryId || !q.kind.isEmpty() || !q.light.isEmpty();
    const int n = int(qMin<qint64>(m_model->totalCount(), INT_MAX));
    m_count->setText(filtered ? tr("%Ln matching entities", nullptr, n) : tr("%Ln entities", nullptr, n));
}

void EntityPage::showLoadError(const QString &message)
{
    m_count->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_count->setText(message);
}

void EntityPage::openProfile(int row)
{
    const std::optional<Entity> entity = m_model->entityAt(row);
    if (!entity)
        return;
    auto *dialog = new EntityProfileDialog(m_db, m_actor, entity->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EntityPage::registerEntity()
{
    auto *dialog = new RegisterEntityDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterEntityDialog::registered, this, [this](const QString &code) {
        // Show the new entity at once: search for its code (refresh if that search is current).
        const bool same = m_search->text().trimmed() == code;
        m_search->setText(code);
        applyFilter();
        if (same)
            m_model->refresh();
        m_focusResultsWhenCounted = true;
    });
    dialog->open();
}

bool EntityPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search) {
        if (enter) {
            // Search now rather than after the pause, then go to the results.
            applyFilter();
            if (m_model->isCounting()) {
                m_focusResultsWhenCounted = true;
            } else if (m_model->rowCount() > 0) {
                m_table->setFocus();
                m_table->setCurrentIndex(m_model->index(0, EntityListModel::NameColumn));
            }
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, EntityListModel::NameColumn));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    } else if (watched == m_table) {
        if (enter && m_table->currentIndex().isValid()) {
            openProfile(m_table->currentIndex().row());
            return true;
        }
        // Typing in the list goes to the search field: clerks start typing wherever they are.
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && key->key() != Qt::Key_Space
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            m_search->setFocus();
            m_search->setText(m_search->text() + key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cl
