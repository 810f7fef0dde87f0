#include "RegisterEntityDialog.h"

#include "UsccFindingsLabel.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "credit/IdCardValidator.h"
#include "db/Database.h"
#include "registry/EntityRepository.h"
#include "registry/ReferenceData.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cl {

RegisterEntityDialog::RegisterEntityDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_validator(UsccValidator::fromDatabase(db.sql())),
      m_codeType(new QComboBox(this)), m_code(new QLineEdit(this)), m_findings(new UsccFindingsLabel(this)),
      m_name(new QLineEdit(this)), m_kind(new QComboBox(this)), m_legalRep(new QLineEdit(this)), m_legalRepId(new QLineEdit(this)),
      m_legalRepIdError(new ErrorLabel(this)),
      m_industry(new QComboBox(this)), m_town(new QComboBox(this)), m_address(new QLineEdit(this)),
      m_registeredOn(new QDateEdit(this)), m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("registerEntityDialog"));
    setWindowTitle(tr("Register market entity"));

    m_codeType->setObjectName(QStringLiteral("registerCodeType"));
    m_codeType->addItem(tr("Unified social credit code"), QStringLiteral("USCC"));
    m_codeType->addItem(tr("ID card number (natural person)"), QStringLiteral("ID_CARD"));
    m_code->setObjectName(QStringLiteral("registerCode"));
    m_code->setPlaceholderText(tr("18 characters, e.g. 91370681MA3P7K2Q3U"));
    m_code->setMaxLength(40);  // full-width input is normalised, so allow more than 18 while typing
    m_findings->setObjectName(QStringLiteral("registerCodeFindings"));
    m_name->setObjectName(QStringLiteral("registerName"));
    m_kind->setObjectName(QStringLiteral("registerKind"));
    for (const QString &kind : Entity::kinds())
        m_kind->addItem(Entity::kindLabel(kind), kind);
    m_legalRep->setObjectName(QStringLiteral("registerLegalRep"));
    m_legalRepId->setObjectName(QStringLiteral("registerLegalRepId"));
    m_legalRepId->setPlaceholderText(tr("Resident ID card number, 18 characters (optional)"));
    m_legalRepId->setMaxLength(40);  // full-width digits are normalised
    m_legalRepId->setToolTip(tr("With it, the pre-approval check also looks for the legal representative on the serious-dishonesty list."));
    m_legalRepIdError->setObjectName(QStringLiteral("registerLegalRepIdError"));
    m_industry->setObjectName(QStringLiteral("registerIndustry"));
    m_industry->addItem(tr("(not given)"), 0);
    for (const NamedRow &industry : ReferenceData::industries(db.sql()))
        m_industry->addItem(industry.name, industry.id);
    m_industry->setMaxVisibleItems(20);
    m_town->setObjectName(QStringLiteral("registerTown"));
    m_town->addItem(tr("(not given)"), 0);
    for (const NamedRow &town : ReferenceData::towns(db.sql()))
        m_town->addItem(town.name, town.id);
    m_address->setObjectName(QStringLiteral("registerAddress"));
    m_error->setObjectName(QStringLiteral("registerError"));
    m_registeredOn->setObjectName(QStringLiteral("registerDate"));
    m_registeredOn->setCalendarPopup(true);
    m_registeredOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_registeredOn->setMaximumDate(Clock::today());
    // Unknown unless the clerk enters it: defaulting to today would record a wrong fact for every
    // long-established firm registered here for the first time. The minimum date stands for "unknown".
    m_registeredOn->setMinimumDate(QDate(1949, 10, 1));
    m_registeredOn->setSpecialValueText(tr("unknown"));
    m_registeredOn->setDate(m_registeredOn->minimumDate());

    auto *form = new QFormLayout;
    form->addRow(tr("Code &type:"), m_codeType);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(m_findings);  // spanning: QFormLayout misjudges the height of wrapped text in the field column
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Legal representative:"), m_legalRep);
    form->addRow(tr("Representative's I&D no.:"), m_legalRepId);
    form->addRow(m_legalRepIdError);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Town/street:"), m_town);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Registered &on:"), m_registeredOn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("registerOk"));
    m_ok->setText(tr("Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterEntityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterEntityDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);  // room left when the findings shrink again goes below the form
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_code, &QLineEdit::textChanged, this, &RegisterEntityDialog::checkCode);
    connect(m_codeType, &QComboBox::currentIndexChanged, this, &RegisterEntityDialog::checkCode);
    connect(m_name, &QLineEdit::textChanged, this, &RegisterEntityDialog::updateButton);
    connect(m_legalRepId, &QLineEdit::textChanged, this, &RegisterEntityDialog::checkRepresentativeId);
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindChosenByUser = true; });
    for (QLineEdit *field : {m_code, m_name})
        connect(field, &QLineEdit::textEdited, m_error, &ErrorLabel::clearMessage);
    checkCode();
    m_code->setFocus();
}

RegisterEntityDialog::RegisterEntityDialog(Database &db, const Actor &actor, const Entity &existing, QWidget *parent)
    : RegisterEntityDialog(db, actor, parent)
{
    m_existing = existing;
    setObjectName(QStringLiteral("editEntityDialog"));
    setWindowTitle(tr("Edit register data: %1").arg(existing.name));
    m_codeType->setCurrentIndex(m_codeType->findData(existing.codeType));
    m_code->setText(existing.code);
    m_codeType->setEnabled(false);
    m_code->setReadOnly(true);  // the code is the identity; a wrong one is a new registration
    m_kindChosenByUser = true;
    m_name->setText(existing.name);
    m_kind->setCurrentIndex(m_kind->findData(existing.kind));
    m_legalRep->setText(existing.legalRep);
    m_legalRepId->setText(existing.legalRepIdNo);
    m_industry->setCurrentIndex(qMax(0, m_industry->findData(existing.industryId)));
    m_town->setCurrentIndex(qMax(0, m_town->findData(existing.townId)));
    m_address->setText(existing.address);
    if (existing.registeredOn.isValid())
        m_registeredOn->setDate(existing.registeredOn);
    m_ok->setText(tr("Save"));
    m_codeAcceptable = true;  // registered already; only the other data are edited here
    updateButton();
    connect(m_legalRep, &QLineEdit::textEdited, this, &RegisterEntityDialog::representativeEdited);
    m_name->setFocus();
}

void RegisterEntityDialog::representativeEdited()
{
    // The recorded ID number belongs to the person named: once another name is typed, it no longer stands for
    // the representative. Cleared where the clerk sees it, to be given again for the new one.
    if (m_existing && !m_existing->legalRepIdNo.isEmpty() && m_legalRepId->text().trimmed() == m_existing->legalRepIdNo
        && m_legalRep->text().trimmed() != m_existing->legalRep) {
        m_legalRepId->clear();
        m_legalRepIdError->showMessage(tr("The ID number of %1 was cleared: enter the new representative's number.").arg(m_existing->legalRep),
                                       ErrorLabel::Tone::Warning);
    }
}

bool RegisterEntityDialog::isIdCard() const
{
    return m_codeType->currentData().toString() == QLatin1String("ID_CARD");
}

void RegisterEntityDialog::checkCode()
{
    const QString text = m_code->text().trimmed();
    if (isIdCard()) {
        m_findings->clear();
        m_findings->hide();
        const IdCardResult result = IdCardValidator::check(text, Clock::today());
        m_codeAcceptable = result.valid;
        if (!text.isEmpty() && !result.valid)
            m_error->showMessage(result.message);
        else
            m_error->clearMessage();
        if (!m_kindChosenByUser)
            m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("natural_person")));
    } else if (text.isEmpty()) {
        m_findings->clear();
        m_findings->hide();
        m_codeAcceptable = false;
    } else {
        const UsccResult result = m_validator.check(text);
        m_findings->setResult(result);
        m_findings->show();
        m_codeAcceptable = result.valid;
        if (result.valid && !m_kindChosenByUser) {
            const int suggested = m_kind->findData(UsccValidator::entityKind(result.normalized));
            if (suggested >= 0)
                m_kind->setCurrentIndex(suggested);
        }
    }
    updateButton();
    // The findings wrap over several lines; a dialog does not grow by itself when they appear.
    if (layout()) {
        layout()->activate();
        const int needed = heightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

void RegisterEntityDialog::checkRepresentativeId()
{
    const QString text = m_legalRepId->text().trimmed();
    const IdCardResult result = IdCardValidator::check(text, Clock::today());
    m_representativeIdAcceptable = text.isEmpty() || result.valid;
    // Shown while typing, as for the code: the clerk sees why Register stays disabled.
    if (!m_representativeIdAcceptable)
        m_legalRepIdError->showMessage(tr("Legal representative's ID number: %1").arg(result.message));
    else
        m_legalRepIdError->clearMessage();
    updateButton();
}

void RegisterEntityDialog::updateButton()
{
    m_ok->setEnabled(m_codeAcceptable && m_representativeIdAcceptable && !m_name->text().trimmed().isEmpty());
}

void RegisterEntityDialog::accept()
{
    if (!m_ok->isEnabled())
        return;  // Enter in a field while the code still has an error
    Entity entity;
    entity.codeType = m_codeType->currentData().toString();
    entity.code = m_code->text();
    entity.name = m_name->text();
    entity.kind = m_kind->currentData().toString();
    entity.legalRep = m_legalRep->text().trimmed();
    entity.legalRepIdNo = m_legalRepId->text().trimmed();
    entity.industryId = m_industry->currentData().toLongLong();
    entity.townId = m_town->currentData().toLongLong();
    entity.address = m_address->text().trimmed();
    if (m_registeredOn->date() != m_registeredOn->minimumDate())
        entity.registeredOn = m_registeredOn->date();
    QString code;
    try {
        EntityRepository repo(m_db);
        if (m_existing) {
            entity.id = m_existing->id;
            entity.code = m_existing->code;
            entity.codeType = m_existing->codeType;
            entity.status = m_existing->status;
            repo.update(m_actor, entity);
            emit saved(m_existing->code);
            QDialog::accept();
            return;
        }
        const qint64 id = repo.add(m_actor, entity, m_validator);
        const std::optional<Entity> stored = repo.byId(id);
        code = stored ? stored->code : UsccValidator::normalize(entity.code);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    emit registered(code);
    QDialog::accept();
}

} // namespace cl
