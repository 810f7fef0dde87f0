#include "EnforcementPage.h"

#include "DiscretionSheet.h"
#include "RecommendationPanel.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "db/Database.h"
#include "enforcement/EnforcementService.h"
#include "enforcement/Money.h"
#include "enforcement/PenaltyRecord.h"
#include "enforcement/ViolationCatalogue.h"
#include "registry/EntityRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cl {

EnforcementPage::EnforcementPage(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor)
{
    m_panel = new RecommendationPanel(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setWidget(caseBox());
    splitter->addWidget(scroll);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    auto *recBox = new QGroupBox(tr("Recommendation"), right);
    auto *recLayout = new QVBoxLayout(recBox);
    recLayout->addWidget(m_panel);
    rightLayout->addWidget(recBox, 3);
    rightLayout->addWidget(decisionBox(), 2);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("enforcementMessage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    updateRecommendation();
}

EnforcementPage::~EnforcementPage() = default;

QWidget *EnforcementPage::caseBox()
{
    auto *box = new QGroupBox(tr("Case"));
    auto *form = new QFormLayout(box);
    m_entitySearch = new QLineEdit(box);
    m_entitySearch->setObjectName(QStringLiteral("enforcementEntitySearch"));
    m_entitySearch->setPlaceholderText(tr("Credit code or name"));
    auto *find = new QPushButton(tr("&Find"), box);
    find->setObjectName(QStringLiteral("findEntity"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_entitySearch, 1);
    searchRow->addWidget(find);
    form->addRow(tr("Entity:"), searchRow);
    m_entity = new QComboBox(box);
    m_entity->setObjectName(QStringLiteral("entityChoice"));
    form->addRow(QString(), m_entity);
    m_item = new QComboBox(box);
    m_item->setObjectName(QStringLiteral("itemChoice"));
    m_item->addItem(tr("(choose the violation item)"), QString());
    for (const ViolationItem &i : ViolationCatalogue(m_db).items())
        m_item->addItem(QStringLiteral("%1 %2%3").arg(i.code, i.name, i.onSoftList() ? tr(" [soft list]") : QString()), i.code);
    form->addRow(tr("Violation item:"), m_item);

    m_firstViolation = new QCheckBox(tr("First violation (no penalty in the last 12 months)"), box);
    m_firstViolation->setObjectName(QStringLiteral("firstViolation"));
    m_harm = new QComboBox(box);
    m_harm->setObjectName(QStringLiteral("harm"));
    for (const QString &h : CaseFacts::harmCodes())
        m_harm->addItem(CaseFacts::harmLabel(h), h);
    m_corrected = new QCheckBox(tr("Corrected in time"), box);
    m_corrected->setObjectName(QStringLiteral("corrected"));
    m_noFault = new QCheckBox(tr("No subjective fault proven (Art. 33 ¶2)"), box);
    m_noFault->setObjectName(QStringLiteral("noFault"));
    form->addRow(tr("Facts:"), m_firstViolation);
    form->addRow(tr("Harm:"), m_harm);
    form->addRow(QString(), m_corrected);
    form->addRow(QString(), m_noFault);
    auto *grounds = new QGroupBox(tr("Grounds of Art. 32 (lighter or mitigated)"), box);
    auto *gl = new QVBoxLayout(grounds);
    for (const QString &g : CaseFacts::groundCodes()) {
        auto *c = new QCheckBox(CaseFacts::groundLabel(g), grounds);
        c->setObjectName(QStringLiteral("ground_") + g);
        c->setProperty("code", g);
        gl->addWidget(c);
        m_grounds << c;
    }
    form->addRow(grounds);
    auto *aggravating = new QGroupBox(tr("Aggravating factors"), box);
    auto *al = new QVBoxLayout(aggravating);
    for (const QString &a : CaseFacts::aggravatingCodes()) {
        auto *c = new QCheckBox(CaseFacts::aggravatingLabel(a), aggravating);
        c->setObjectName(QStringLiteral("aggravating_") + a);
        c->setProperty("code", a);
        al->addWidget(c);
        m_aggravating << c;
    }
    form->addRow(aggravating);
    m_factsText = new QPlainTextEdit(box);
    m_factsText->setObjectName(QStringLiteral("factsText"));
    m_factsText->setPlaceholderText(tr("What was found, where and when"));
    m_factsText->setMaximumHeight(80);
    form->addRow(tr("Description:"), m_factsText);
    m_foundOn = new QDateEdit(Clock::today(), box);
    m_foundOn->setCalendarPopup(true);
    m_foundOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Found on:"), m_foundOn);
    m_officer = new QLineEdit(m_actor.displayName.isEmpty() ? m_actor.auditName() : m_actor.displayName, box);
    form->addRow(tr("Officer:"), m_officer);
    m_openCase = new QPushButton(tr("&Open case"), box);
    m_openCase->setObjectName(QStringLiteral("openCase"));
    m_newCase = new QPushButton(tr("&New case"), box);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_newCase);
    buttons->addWidget(m_openCase);
    form->addRow(buttons);

    connect(find, &QPushButton::clicked, this, [this] { findEntity(m_entitySearch->text()); });
    connect(m_entitySearch, &QLineEdit::returnPressed, this, [this] { findEntity(m_entitySearch->text()); });
    auto changed = [this] { updateRecommendation(); };
    connect(m_entity, &QComboBox::currentIndexChanged, this, changed);
    connect(m_item, &QComboBox::currentIndexChanged, this, changed);
    connect(m_harm, &QComboBox::currentIndexChanged, this, changed);
    connect(m_foundOn, &QDateEdit::dateChanged, this, changed);
    for (QCheckBox *c : QList<QCheckBox *>{m_firstViolation, m_corrected, m_noFault} + m_grounds + m_aggravating)
        connect(c, &QCheckBox::toggled, this, changed);
    connect(m_openCase, &QPushButton::clicked, this, [this] { openCase(); });
    connect(m_newCase, &QPushButton::clicked, this, &EnforcementPage::newCase);
    return box;
}

QWidget *EnforcementPage::decisionBox()
{
    auto *box = new QGroupBox(tr("Decision"));
    auto *grid = new QGridLayout(box);
    m_outcome = new QComboBox(box);
    m_outcome->setObjectName(QStringLiteral("decisionOutcome"));
    for (const QString &o : DiscretionEngine::outcomes())
        m_outcome->addItem(DiscretionEngine::outcomeLabel(o), o);
    m_amount = new QLineEdit(box);
    m_amount->setObjectName(QStringLiteral("decisionAmount"));
    m_amount->setPlaceholderText(tr("0.00"));
    m_decisionNo = new QLineEdit(box);
    m_decisionNo->setObjectName(QStringLiteral("decisionNumber"));
    m_decisionNo->setPlaceholderText(tr("e.g. 龙市监罚〔2026〕12号"));
    m_severity = new QComboBox(box);
    m_severity->addItem(tr("automatic"), QString());
    for (const QString &s : {QStringLiteral("minor"), QStringLiteral("general"), QStringLiteral("serious")})
        m_severity->addItem(PenaltyRecord::severityLabel(s), s);
    m_decidedOn = new QDateEdit(Clock::today(), box);
    m_decidedOn->setCalendarPopup(true);
    m_decidedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reason = new QPlainTextEdit(box);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setPlaceholderText(tr("Required when the decision differs from the recommendation"));
    m_reason->setMaximumHeight(70);
    m_record = new QPushButton(tr("&Record decision"), box);
    m_record->setObjectName(QStringLiteral("recordDecision"));
    m_preview = new QPushButton(tr("Discretion &sheet…"), box);
    m_preview->setObjectName(QStringLiteral("previewSheet"));
    m_print = new QPushButton(tr("&Print…"), box);
    m_pdf = new QPushButton(tr("Save as P&DF…"), box);
    m_pdf->setObjectName(QStringLiteral("sheetPdf"));
    grid->addWidget(new QLabel(tr("Outcome:"), box), 0, 0);
    grid->addWidget(m_outcome, 0, 1);
    grid->addWidget(new QLabel(tr("Fine (yuan):"), box), 0, 2);
    grid->addWidget(m_amount, 0, 3);
    grid->addWidget(new QLabel(tr("Decision number:"), box), 1, 0);
    grid->addWidget(m_decisionNo, 1, 1);
    grid->addWidget(new QLabel(tr("Decided on:"), box), 1, 2);
    grid->addWidget(m_decidedOn, 1, 3);
    grid->addWidget(new QLabel(tr("Severity:"), box), 2, 0);
    grid->addWidget(m_severity, 2, 1);
    grid->addWidget(new QLabel(tr("Reason:"), box), 3, 0);
    grid->addWidget(m_reason, 3, 1, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch();
    buttons->addWidget(m_record);
    grid->addLayout(buttons, 4, 0, 1, 4);
    connect(m_record, &QPushButton::clicked, this, [this] { recordDecision(); });
    connect(m_preview, &QPushButton::clicked, this, &EnforcementPage::previewSheet);
    connect(m_print, &QPushButton::clicked, this, &EnforcementPage::printSheet);
    connect(m_pdf, &QPushButton::clicked, this, &EnforcementPage::chooseSheetPdf);
    return box;
}

bool EnforcementPage::findEntity(const QString &text)
{
    m_message->clearMessage();
    m_entities = EntityRepository(m_db).search(text.trimmed(), 30);
    const QSignalBlocker block(m_entity);
    m_entity->clear();
    for (const Entity &e : m_entities)
        m_entity->addItem(QStringLiteral("%1 %2").arg(e.code, e.name), e.id);
    if (m_entities.isEmpty())
        m_message->showMessage(tr("No entity matches \"%1\".").arg(text.trimmed()), ErrorLabel::Tone::Warning);
    updateRecommendation();
    return !m_entities.isEmpty();
}

CaseFacts EnforcementPage::facts() const
{
    CaseFacts f;
    f.firstViolation = m_firstViolation->isChecked();
    f.harm = m_harm->currentData().toString();
    f.corrected = m_corrected->isChecked();
    f.noFault = m_noFault->isChecked();
    for (QCheckBox *c : m_grounds)
        if (c->isChecked())
            f.grounds << c->property("code").toString();
    for (QCheckBox *c : m_aggravating)
        if (c->isChecked())
            f.aggravating << c->property("code").toString();
    return f;
}

void EnforcementPage::updateRecommendation()
{
    if (m_case)
        return;  // the facts of an opened case are fixed
    m_recommendation.reset();
    const QString itemCode = m_item->currentData().toString();
    if (m_entity->currentIndex() < 0 || itemCode.isEmpty()) {
        m_panel->showMessage(tr("Choose the entity and the violation item; the recommendation appears here as the facts are entered."));
        updateButtons();
        return;
    }
    try {
        const qint64 entityId = m_entity->currentData().toLongLong();
        m_recommendation = EnforcementService(m_db).recommend(entityId, itemCode, facts(), m_foundOn->date());
        m_panel->showRecommendation(*m_recommendation, ViolationCatalogue(m_db).require(itemCode));
        const QSignalBlocker block(m_outcome);
        m_outcome->setCurrentIndex(m_outcome->findData(m_recommendation->outcome));
        if (m_recommendation->outcome == QLatin1String("no_penalty"))
            m_amount->setText(QStringLiteral("0"));
    } catch (const Error &e) {
        m_panel->showMessage(e.message());
    }
    updateButtons();
}

void EnforcementPage::updateButtons()
{
    const bool opened = m_case.has_value();
    const bool decided = opened && m_case->status == QLatin1String("decided");
    m_openCase->setEnabled(!opened && m_recommendation.has_value());
    m_record->setEnabled(opened && !decided);
    for (QWidget *w : QList<QWidget *>{m_entitySearch, m_entity, m_item, m_firstViolation, m_harm, m_corrected, m_noFault, m_factsText,
                                        m_foundOn, m_officer})
        w->setEnabled(!opened);
    for (QCheckBox *c : m_grounds + m_aggravating)
        c->setEnabled(!opened);
    for (QWidget *w : QList<QWidget *>{m_outcome, m_amount, m_decisionNo, m_severity, m_decidedOn, m_reason})
        w->setEnabled(!decided);
    const bool sheet = m_recommendation.has_value();
    m_preview->setEnabled(sheet);
    m_print->setEnabled(sheet);
    m_pdf->setEnabled(sheet);
}

bool EnforcementPage::openCase()
{
    if (!m_recommendation || m_entity->currentIndex() < 0)
        return false;
    try {
        EnforcementService::NewCase c;
        c.entityId = m_entity->currentData().toLongLong();
        c.itemCode = m_item->currentData().toString();
        c.facts = facts();
        c.factsText = m_factsText->toPlainText();
        c.officer = m_officer->text();
        c.foundOn = m_foundOn->date();
        m_case = EnforcementService(m_db).openCase(m_actor, c);
        m_message->showMessage(tr("Case %1 opened. Record the decision when it is made.").arg(m_case->caseNo), ErrorLabel::Tone::Info);
        updateButtons();
        emit caseOpened(m_case->caseNo);
        return true;
    } catch (const Error &e) {
        m_message->showMessage(e.message());
        return false;
    }
}

bool EnforcementPage::recordDecision()
{
    if (!m_case)
        return false;
    const QString amountText = m_amount->text().trimmed();
    if (amountText.startsWith(QLatin1Char('-'))) {
        m_message->showMessage(tr("The fine cannot be negative."));
        return false;
    }
    const std::optional<qint64> fen = amountText.isEmpty() ? std::optional<qint64>(0) : money::parseYuan(amountText);
    if (!fen) {
        m_message->showMessage(tr("\"%1\" is not an amount in yuan (digits, at most two decimals).").arg(amountText));
        return false;
    }
    try {
        EnforcementService service(m_db);
        const EnforcementService::DecisionResult r = service.decide(
            m_actor, {m_case->id, m_outcome->currentData().toString(), *fen, m_decisionNo->text(), m_decidedOn->date(),
                      m_reason->toPlainText(), m_severity->currentData().toString()});
        m_case = r.decidedCase;
        QString text = tr("Decision recorded for case %1: %2.").arg(m_case->caseNo, DiscretionEngine::outcomeLabel(m_case->outcome));
        if (r.penalty)
            text += QLatin1Char(' ') + tr("Penalty record %1 in publicity until %2; credit repair possible from %3.")
                                           .arg(r.penalty->decisionNo, r.penalty->publicityEnd.toString(Qt::ISODate),
                                                r.penalty->repairFrom.toString(Qt::ISODate));
        m_message->showMessage(text, ErrorLabel::Tone::Info);
        updateButtons();
        emit decisionRecorded(m_case->caseNo);
        return true;
    } catch (const Error &e) {
        m_message->showMessage(e.message());
        if (m_outcome->currentData().toString() != m_recommendation->outcome && m_reason->toPlainText().trimmed().isEmpty())
            m_reason->setFocus();
        return false;
    }
}

void EnforcementPage::newCase()
{
    m_case.reset();
    m_factsText->clear();
    m_reason->clear();
    m_amount->clear();
    m_decisionNo->clear();
    for (QCheckBox *c : QList<QCheckBox *>{m_firstViolation, m_corrected, m_noFault} + m_grounds + m_aggravating)
        c->setChecked(false);
    m_message->clearMessage();
    updateButtons();
    updateRecommendation();
}

DiscretionSheet EnforcementPage::sheet() const
{
    DiscretionSheet s;
    const int i = m_entity->currentIndex();
    if (i >= 0 && i < m_entities.size())
        s.entity = m_entities.at(i);
    if (const auto item = ViolationCatalogue(m_db).byCode(m_item->currentData().toString()))
        s.item = *item;
    s.facts = m_case ? m_case->facts : facts();
    s.factsText = m_case ? m_case->factsText : m_factsText->toPlainText();
    s.caseNo = m_case ? m_case->caseNo : QString();
    s.officer = m_case ? m_case->officer : m_officer->text();
    s.foundOn = m_case ? m_case->foundOn : m_foundOn->date();
    if (m_recommendation)
        s.recommendation = *m_recommendation;
    if (m_case && m_case->status == QLatin1String("decided")) {
        s.decidedOutcome = m_case->outcome;
        s.decidedAmountFen = m_case->amountFen;
        s.decisionNo = m_case->decisionNo;
        s.overrideReason = m_case->overrideReason;
    }
    return s;
}

void EnforcementPage::writeSheetPdf(const QString &path)
{
    try {
        sheet().writePdf(path);
        m_message->showMessage(tr("Discretion sheet saved as %1.").arg(QDir::toNativeSeparators(path)), ErrorLabel::Tone::Info);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
}

void EnforcementPage::previewSheet()
{
    const DiscretionSheet s = sheet();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Discretion sheet"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&s](QPrinter *p) { s.print(p); });
    dialog.exec();
}

void EnforcementPage::printSheet()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        sheet().print(&printer);
}

void EnforcementPage::chooseSheetPdf()
{
    const QString name = (m_case ? m_case->caseNo : tr("discretion-sheet")) + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the discretion sheet as PDF"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + name,
                                                      tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writeSheetPdf(path);
}

} // namespace cl
