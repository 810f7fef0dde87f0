#include "NewApplicationPanel.h"

#include "approval/ApplicationService.h"
#include "approval/ItemCatalogue.h"
#include "approval/WorkingCalendar.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "common/LatestQuery.h"
#include "common/LightIcon.h"
#include "db/Database.h"
#include "entities/RegisterEntityDialog.h"
#include "registry/EntityRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cl {

namespace {
QString reasonLine(const LightReason &r)
{
    if (r.source == QLatin1String("evaluation"))
        return NewApplicationPanel::tr("%1 %2: grade %3 → %4, evaluated %5, valid to %6").arg(r.department, r.kind, r.rawGrade, r.level, r.date, r.validTo);
    if (r.source == QLatin1String("dishonest"))
        return NewApplicationPanel::tr("serious-dishonesty list of %1 since %2 (%3)").arg(r.department, r.date, r.detail);
    return NewApplicationPanel::tr("%1 (%2) of %3 since %4").arg(LightEngine::findingKindLabel(r.kind), r.key, r.department, r.date);
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin:0\">");
    for (const QString &i : items)
        html += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}
} // namespace

NewApplicationPanel::NewApplicationPanel(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_search(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_entityLabel(new QLabel(this)), m_item(new QComboBox(this)), m_checkView(new QTextBrowser(this)), m_modes(new QButtonGroup(this)),
      m_ordinary(new QRadioButton(tr("&Ordinary (full materials)"), this)), m_commitment(new QRadioButton(tr("&Commitment (告知承诺)"), this)),
      m_deficiency(new QRadioButton(tr("&Missing materials (容缺受理)"), this)), m_materials(new QListWidget(this)), m_supplyBy(new QDateEdit(this)),
      m_file(new QPushButton(tr("&File application"), this)), m_error(new ErrorLabel(this)), m_searchQuery(new LatestQuery(db, this)),
      m_checkQuery(new LatestQuery(db, this))
{
    setObjectName(QStringLiteral("newApplicationPanel"));
    m_search->setObjectName(QStringLiteral("applicantSearch"));
    m_search->setPlaceholderText(tr("Credit code or name, then Enter"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("applicantResults"));
    m_results->setMaximumHeight(110);
    m_entityLabel->setObjectName(QStringLiteral("chosenEntity"));
    m_entityLabel->setWordWrap(true);
    m_item->setObjectName(QStringLiteral("itemCombo"));
    m_item->setMaxVisibleItems(20);
    m_item->setToolTip(tr("Type part of the item's code or name (e.g. WJ-001), Backspace to correct, Esc to start again"));
    for (const ApprovalItem &i : ItemCatalogue::list(db.sql()))
        m_item->addItem(QStringLiteral("%1  %2").arg(i.code, i.name), i.code);
    m_item->setCurrentIndex(-1);
    m_checkView->setObjectName(QStringLiteral("checkResult"));
    m_checkView->setMinimumHeight(220);
    m_checkView->setTabChangesFocus(true);  // Tab leaves the read-only check instead of walking its links
    m_ordinary->setObjectName(QStringLiteral("modeOrdinary"));
    m_commitment->setObjectName(QStringLiteral("modeCommitment"));
    m_deficiency->setObjectName(QStringLiteral("modeDeficiency"));
    m_modes->addButton(m_ordinary);
    m_modes->addButton(m_commitment);
    m_modes->addButton(m_deficiency);
    m_ordinary->setChecked(true);
    m_materials->setObjectName(QStringLiteral("materials"));
    m_supplyBy->setObjectName(QStringLiteral("supplyBy"));
    m_supplyBy->setCalendarPopup(true);
    m_supplyBy->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_file->setObjectName(QStringLiteral("fileApplication"));
    m_file->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_file->setToolTip(tr("File the application (Enter here, or Ctrl+S anywhere)"));
    m_file->setAutoDefault(true);  // Enter on the focused button files, as in a dialog

    auto *registerButton = new QPushButton(tr("&Register new…"), this);
    registerButton->setObjectName(QStringLiteral("registerEntity"));
    auto *entityRow = new QHBoxLayout;
    entityRow->addWidget(m_search, 1);
    entityRow->addWidget(registerButton);
    auto *form = new QFormLayout;
    auto *searchLabel = new QLabel(tr("1. &Applicant:"), this);
    searchLabel->setBuddy(m_search);
    form->addRow(searchLabel, entityRow);
    form->addRow(QString(), m_results);
    form->addRow(QString(), m_entityLabel);
    auto *itemLabel = new QLabel(tr("2. &Item:"), this);
    itemLabel->setBuddy(m_item);
    m_itemTyped = new QLabel(this);
    m_itemTyped->setObjectName(QStringLiteral("itemTyped"));
    auto *itemRow = new QHBoxLayout;
    itemRow->addWidget(m_item, 1);
    itemRow->addWidget(m_itemTyped);
    form->addRow(itemLabel, itemRow);

    auto *checkBox = new QGroupBox(tr("3. Pre-approval credit check"), this);
    (new QVBoxLayout(checkBox))->addWidget(m_checkView);
    auto *modeBox = new QGroupBox(tr("4. Mode"), this);
    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_ordinary);
    modeLayout->addWidget(m_commitment);
    modeLayout->addWidget(m_deficiency);
    auto *materialBox = new QGroupBox(tr("5. Materials (ticked: provided)"), this);
    auto *materialLayout = new QVBoxLayout(materialBox);
    materialLayout->addWidget(m_materials);
    auto *dueRow = new QHBoxLayout;
    auto *dueLabel = new QLabel(tr("Missing materials due &by:"), this);
    dueLabel->setBuddy(m_supplyBy);
    dueRow->addWidget(dueLabel);
    dueRow->addWidget(m_supplyBy);
    dueRow->addStretch();
    materialLayout->addLayout(dueRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(checkBox, 1);
    auto *lower = new QHBoxLayout;
    lower->addWidget(modeBox);
    lower->addWidget(materialBox, 1);
    layout->addLayout(lower);
    layout->addWidget(m_error);
    auto *fileRow = new QHBoxLayout;
    fileRow->addStretch();
    fileRow->addWidget(m_file);
    layout->addLayout(fileRow);

    // Keyboard order follows the steps; Enter on the item goes on to the file button (see eventFilter).
    setTabOrder(m_search, registerButton);
    setTabOrder(registerButton, m_results);
    setTabOrder(m_results, m_item);
    setTabOrder(m_item, m_checkView);
    setTabOrder(m_checkView, m_ordinary);
    setTabOrder(m_ordinary, m_commitment);
    setTabOrder(m_commitment, m_deficiency);
    setTabOrder(m_deficiency, m_materials);
    setTabOrder(m_materials, m_supplyBy);
    setTabOrder(m_supplyBy, m_file);
    m_item->installEventFilter(this);
    m_materials->installEventFilter(this);
    m_supplyBy->installEventFilter(this);

    connect(m_searchQuery, &LatestQuery::failed, m_error, [this](const QString &message) { m_error->showMessage(message); });
    connect(m_checkQuery, &LatestQuery::failed, m_error, [this](const QString &message) { m_error->showMessage(message); });
    connect(m_search, &QLineEdit::returnPressed, this, &NewApplicationPanel::search);
    connect(m_results, &QListWidget::itemActivated, this, &NewApplicationPanel::chooseEntity);
    connect(registerButton, &QPushButton::clicked, this, &NewApplicationPanel::registerEntity);
    connect(m_item, &QComboBox::currentIndexChanged, this, &NewApplicationPanel::runCheck);
    // The modes behave as one field: Tab reaches the chosen one only, ↑/↓ choose among the allowed ones.
    for (QRadioButton *mode : {m_ordinary, m_commitment, m_deficiency})
        mode->installEventFilter(this);
    connect(m_modes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool on) {
        button->setFocusPolicy(on ? Qt::StrongFocus : Qt::ClickFocus);
        if (on)
            updateMaterials();
    });
    m_commitment->setFocusPolicy(Qt::ClickFocus);
    m_deficiency->setFocusPolicy(Qt::ClickFocus);
    connect(m_file, &QPushButton::clicked, this, &NewApplicationPanel::fileApplication);
    start();
}

void NewApplicationPanel::start()
{
    m_entityId = 0;
    m_result.reset();
    m_currentItem.reset();
    m_search->clear();
    m_results->clear();
    m_entityLabel->clear();
    m_item->blockSignals(true);
    m_item->setCurrentIndex(-1);
    m_item->blockSignals(false);
    m_checkView->setHtml(tr("<p>Choose the applicant and the item: the check runs at once.</p>"));
    m_error->clearMessage();
    m_fileWhenReady = false;
    runCheck();
    m_search->setFocus();
}

void NewApplicationPanel::search()
{
    const QString text = m_search->text();
    if (text.trimmed().isEmpty())
        return;
    m_results->clear();
    m_searchQuery->run([this, text](Database &db) -> LatestQuery::Apply {
        const QList<Entity> found = EntityRepository(db).search(text, 20);
        return [this, text, found] { showFound(text, found); };
    });
}

void NewApplicationPanel::showFound(const QString &text, const QList<Entity> &found)
{
    m_results->clear();
    for (const Entity &e : found) {
        auto *item = new QListWidgetItem(LightIcon::icon(e.light), QStringLiteral("%1  %2").arg(e.code, e.name), m_results);
        item->setData(Qt::UserRole, e.id);
    }
    if (found.isEmpty()) {
        m_error->showMessage(tr("No registered entity matches \"%1\"; register it with Register new….").arg(text.trimmed()),
                             ErrorLabel::Tone::Warning);
        return;
    }
    m_error->clearMessage();
    m_results->setCurrentRow(0);
    if (found.size() == 1)
        chooseEntity();
    else
        m_results->setFocus();
}

void NewApplicationPanel::chooseEntity()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    m_entityId = item->data(Qt::UserRole).toLongLong();
    m_entityLabel->setText(tr("Applicant: %1").arg(item->text()));
    runCheck();
    m_item->setFocus();
}

void NewApplicationPanel::setEntityByCode(const QString &code)
{
    m_search->setText(code);
    search();
}

void NewApplicationPanel::setItemByCode(const QString &code)
{
    m_item->setCurrentIndex(m_item->findData(code));
}

void NewApplicationPanel::registerEntity()
{
    auto *dialog = new RegisterEntityDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterEntityDialog::registered, this, &NewApplicationPanel::setEntityByCode);
    dialog->open();
}

QString NewApplicationPanel::checkText() const
{
    return m_checkView->toPlainText();
}

void NewApplicationPanel::runCheck()
{
    m_result.reset();
    m_currentItem.reset();
    m_commitment->setEnabled(false);
    m_deficiency->setEnabled(false);
    m_ordinary->setChecked(true);
    m_file->setEnabled(false);
    const QString code = m_item->currentData().toString();
    if (m_entityId == 0 || code.isEmpty()) {
        updateMaterials();
        return;
    }
    updateMaterials();
    m_checkView->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Checking the applicant's credit…").toHtmlEscaped()));
    const qint64 entityId = m_entityId;
    const QDate today = Clock::today();
    m_checkQuery->run([this, entityId, code, today](Database &db) -> LatestQuery::Apply {
        const ApprovalItem item = ItemCatalogue::require(db.sql(), code);
        const PreApprovalResult result = ApplicationService(db).check(entityId, code, today);
        const QDate supplyBy = WorkingCalendar::load(db.sql()).addWorkingDays(today, qMax(item.promisedDays, 1));
        return [this, item, result, supplyBy] { showCheck(item, result, supplyBy); };
    });
}

void NewApplicationPanel::showCheck(const ApprovalItem &item, const PreApprovalResult &r, const QDate &supplyBy)
{
    if (r.entityId != m_entityId || item.code != m_item->currentData().toString())
        return;  // the applicant or the item changed meanwhile; that check is on its way
    m_currentItem = item;
    m_result = r;
    QString html = QStringLiteral("<p><span style=\"color:%1;font-size:16pt\">●</span> <b>%2</b> — %3 %4</p>")
                       .arg(LightIcon::color(r.light.light).name(), LightEngine::lightLabel(r.light.light).toHtmlEscaped(), r.light.ruleId,
                            LightEngine::ruleLabel(r.light.ruleId).toHtmlEscaped());
    QStringList reasons;
    for (const LightReason &reason : r.light.reasons)
        reasons << reasonLine(reason);
    if (!reasons.isEmpty())
        html += list(reasons);
    if (r.greenChannel)
        html += QStringLiteral("<p style=\"color:#1b7f3b\"><b>%1</b></p>").arg(tr("★ Green channel: priority handling (守信快办)").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg((r.commitmentAllowed ? tr("Commitment mode: allowed") : tr("Commitment mode: refused")).toHtmlEscaped());
    if (!r.commitmentAllowed)
        html += list(r.commitmentRefusals);
    html += QStringLiteral("<p><b>%1</b></p>").arg((r.deficiencyAllowed ? tr("Missing materials (容缺): allowed") : tr("Missing materials (容缺): refused")).toHtmlEscaped());
    if (!r.deficiencyAllowed)
        html += list(r.deficiencyRefusals);
    if (!r.measures.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-color:#bbb\">").arg(tr("Applicable measures").toHtmlEscaped());
        for (const ApplicableMeasure &m : r.measures)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td><small>%4</small></td></tr>")
                        .arg(MeasureCatalogue::kindLabel(m.measure.kind).toHtmlEscaped(), m.measure.name.toHtmlEscaped(), m.reason.toHtmlEscaped(),
                             m.measure.legalBasis.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    m_checkView->setHtml(html);
    m_commitment->setEnabled(r.commitmentAllowed);
    m_commitment->setToolTip(r.commitmentRefusals.join(QLatin1Char('\n')));
    m_deficiency->setEnabled(r.deficiencyAllowed);
    m_deficiency->setToolTip(r.deficiencyRefusals.join(QLatin1Char('\n')));
    if (r.commitmentAllowed)
        m_commitment->setChecked(true);  // the usual choice when allowed; the applicant may still choose ordinary
    else
        m_ordinary->setChecked(true);
    m_supplyBy->setDate(supplyBy);
    m_file->setEnabled(true);
    m_error->clearMessage();
    updateMaterials();
    if (m_fileWhenReady) {
        m_fileWhenReady = false;
        m_file->setFocus();
    }
}

// A combo box's own type-to-find forgets what was typed after 0.4 s and matches from the start only: too short
// for a 13-character item code typed by hand, and no way to find "WJ-001" inside "370681-WJ-001". Here the typed
// text stays until Esc, Backspace or leaving the field, and matches anywhere in the code, then in the name.
bool NewApplicationPanel::typeIntoItem(QKeyEvent *event)
{
    const QString text = event->text();
    if (event->key() == Qt::Key_Escape) {
        if (m_itemSearch.isEmpty())
            return false;
        m_itemSearch.clear();
    } else if (event->key() == Qt::Key_Backspace) {
        m_itemSearch.chop(1);
    } else if (!text.isEmpty() && text.at(0).isPrint() && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        m_itemSearch += text;
    } else {
        return false;  // arrows, F4, Tab …: the combo box's own keys
    }
    m_itemTyped->setText(m_itemSearch.isEmpty() ? QString() : tr("Find: %1").arg(m_itemSearch));
    if (m_itemSearch.isEmpty())
        return true;
    int found = -1;
    for (int pass = 0; pass < 2 && found < 0; ++pass)
        for (int i = 0; i < m_item->count() && found < 0; ++i) {
            const QString haystack = pass == 0 ? m_item->itemData(i).toString() : m_item->itemText(i);
            if (haystack.contains(m_itemSearch, Qt::CaseInsensitive))
                found = i;
        }
    if (found >= 0)
        m_item->setCurrentIndex(found);
    else
        m_itemTyped->setText(tr("Find: %1 (no item)").arg(m_itemSearch));
    return true;
}

bool NewApplicationPanel::isBusy() const
{
    return m_searchQuery->isBusy() || m_checkQuery->isBusy();
}

bool NewApplicationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_item && event->type() == QEvent::FocusOut) {
        m_itemSearch.clear();
        m_itemTyped->clear();
    }
    // Enter on the chosen item: on to the file button (at once, or as soon as the check is back).
    if (watched == m_item && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_item->currentIndex() >= 0 && m_entityId != 0) {
            if (m_file->isEnabled())
                m_file->setFocus();
            else
                m_fileWhenReady = true;
            return true;
        }
        if (typeIntoItem(static_cast<QKeyEvent *>(event)))
            return true;
    }
    // Enter in the materials or on the deadline: done there, on to the file button (Tab walks the date's fields).
    if (event->type() == QEvent::KeyPress && (watched == m_materials || watched == m_supplyBy) && m_file->isEnabled()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_file->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && (watched == m_ordinary || watched == m_commitment || watched == m_deficiency)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right) {
            const QList<QRadioButton *> modes{m_ordinary, m_commitment, m_deficiency};
            const int step = key == Qt::Key_Up || key == Qt::Key_Left ? -1 : 1;
            for (int i = int(modes.indexOf(static_cast<QRadioButton *>(watched))) + step; i >= 0 && i < modes.size(); i += step) {
                if (modes.at(i)->isEnabled()) {
                    modes.at(i)->setChecked(true);
                    modes.at(i)->setFocus(Qt::TabFocusReason);
                    break;
                }
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}


void NewApplicationPanel::updateMaterials()
{
    m_materials->clear();
    const bool deficiency = m_deficiency->isChecked();
    m_supplyBy->setEnabled(deficiency);
    if (!m_currentItem)
        return;
    for (const ItemMaterial &m : m_currentItem->materials) {
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2 (%3)").arg(m.seq).arg(m.name, m.core ? tr("core") : tr("secondary")), m_materials);
        item->setData(Qt::UserRole, m.seq);
        item->setCheckState(Qt::Checked);
        // Only a secondary material may be left missing, and only under 容缺.
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (deficiency && !m.core)
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
    }
}

void NewApplicationPanel::fileApplication()
{
    if (!m_result || !m_currentItem)
        return;
    NewApplication request;
    request.entityId = m_entityId;
    request.itemCode = m_currentItem->code;
    request.mode = m_deficiency->isChecked() ? QStringLiteral("deficiency") : m_commitment->isChecked() ? QStringLiteral("commitment") : QStringLiteral("ordinary");
    if (request.mode == QLatin1String("deficiency")) {
        for (int i = 0; i < m_materials->count(); ++i)
            if (m_materials->item(i)->checkState() != Qt::Checked)
                request.missing << m_materials->item(i)->data(Qt::UserRole).toInt();
        request.supplyBy = m_supplyBy->date();
    }
    try {
        const Application a = ApplicationService(m_db).file(m_actor, request, Clock::today());
        emit filed(a.appNo, !a.commitments.isEmpty());
        start();
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
}

} // namespace cl
