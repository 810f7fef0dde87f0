#include "SyncPage.h"

#include "SyncScheduler.h"
#include "auth/Authorizer.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "db/Database.h"
#include "registry/ReferenceData.h"
#include "sync/SyncCheck.h"
#include "sync/SyncKeys.h"
#include "sync/SyncRound.h"
#include "sync/SyncSettings.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {

QString localTime(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoUtc;
}

QString resultLabel(const QString &result)
{
    if (result == QLatin1String("ok"))
        return SyncPage::tr("Done");
    if (result == QLatin1String("partial"))
        return SyncPage::tr("Partly done (packages held back)");
    if (result == QLatin1String("failed"))
        return SyncPage::tr("Failed or refused packages");
    return SyncPage::tr("Running");
}

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

SyncPage::SyncPage(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_allowed(Authorizer::allowed(db.sql(), actor, Permission::SyncRun)),
      m_scheduler(new SyncScheduler(db, actor, this)), m_indicator(new QLabel)
{
    setObjectName(QStringLiteral("syncPage"));
    m_indicator->setObjectName(QStringLiteral("syncIndicator"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(settingsBox());

    auto *actions = new QHBoxLayout;
    m_syncNow = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Sync &now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setToolTip(tr("Send this office's changes to the hub folder and apply what the platform published"));
    connect(m_syncNow, &QPushButton::clicked, m_scheduler, &SyncScheduler::runNow);
    m_lastRun = new QLabel(this);
    m_lastRun->setObjectName(QStringLiteral("syncLastRun"));
    m_lastRun->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actions->addWidget(m_syncNow);
    actions->addWidget(m_lastRun, 1);
    layout->addLayout(actions);
    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_runs = makeTable(QStringLiteral("syncRuns"), {tr("Started"), tr("Result"), tr("Sent"), tr("Applied"), tr("Held back"), tr("Quarantined")}, this);
    m_held = makeTable(QStringLiteral("syncHeld"), {tr("Sender"), tr("No."), tr("Waiting for no."), tr("Since"), tr("File")}, this);
    m_quarantine = makeTable(QStringLiteral("syncQuarantine"), {tr("At"), tr("File"), tr("Failed check"), tr("Reason")}, this);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("syncLog"));
    m_log->setReadOnly(true);
    m_tabs->addTab(m_runs, tr("&Rounds"));
    m_tabs->addTab(m_held, tr("&Held back"));
    m_tabs->addTab(m_quarantine, tr("&Quarantined"));
    m_tabs->addTab(m_log, tr("&Log"));
    m_tabs->addTab(trustedTab(), tr("&Trusted offices"));
    layout->addWidget(m_tabs, 1);

    connect(m_scheduler, &SyncScheduler::roundStarted, this, &SyncPage::showRoundStarted);
    connect(m_scheduler, &SyncScheduler::roundFinished, this, &SyncPage::showRoundFinished);
    connect(m_scheduler, &SyncScheduler::busy, this, [this](const QString &text) { m_message->showMessage(text, ErrorLabel::Tone::Warning); });
    connect(m_scheduler, &SyncScheduler::lightsChanged, this, &SyncPage::lightsChanged);
    reload();
}

QWidget *SyncPage::settingsBox()
{
    auto *box = new QGroupBox(tr("Exchange with the city platform"), this);
    auto *form = new QFormLayout(box);

    auto *officeRow = new QHBoxLayout;
    m_office = new QLineEdit(box);
    m_office->setObjectName(QStringLiteral("syncOffice"));
    m_office->setPlaceholderText(tr("e.g. LK-SPJ"));
    m_office->setMaxLength(32);
    m_createKeys = new QPushButton(tr("Create &keys"), box);
    m_createKeys->setObjectName(QStringLiteral("syncCreateKeys"));
    m_createKeys->setToolTip(tr("Create this office's signing key pair (once); the private key never leaves the database"));
    connect(m_createKeys, &QPushButton::clicked, this, &SyncPage::createKeys);
    officeRow->addWidget(m_office, 1);
    officeRow->addWidget(m_createKeys);
    form->addRow(tr("Office code:"), officeRow);

    m_publicKey = new QLineEdit(box);
    m_publicKey->setObjectName(QStringLiteral("syncPublicKey"));
    m_publicKey->setReadOnly(true);
    m_publicKey->setToolTip(tr("Give this public key to the platform and the other offices, so they accept this office's packages"));
    form->addRow(tr("Public key:"), m_publicKey);

    auto *hubRow = new QHBoxLayout;
    m_hub = new QLineEdit(box);
    m_hub->setObjectName(QStringLiteral("syncHub"));
    m_hub->setPlaceholderText(tr("The shared folder or removable drive the platform exchanges packages through"));
    auto *browse = new QPushButton(tr("&Browse…"), box);
    connect(browse, &QPushButton::clicked, this, &SyncPage::chooseHub);
    hubRow->addWidget(m_hub, 1);
    hubRow->addWidget(browse);
    form->addRow(tr("Hub folder:"), hubRow);

    // Received commitments create verification tasks only for these departments (none: no task here).
    m_verifies = new QPushButton(box);
    m_verifies->setObjectName(QStringLiteral("syncVerifies"));
    m_verifies->setToolTip(tr("A commitment received from another office creates verification tasks here only for the departments "
                              "checked; an office that verifies for none (an enforcement squad) gets no tasks"));
    m_verifiesMenu = new QMenu(m_verifies);
    m_verifiesMenu->setObjectName(QStringLiteral("syncVerifiesMenu"));
    for (const NamedRow &d : ReferenceData::departments(m_db.sql())) {
        QAction *a = m_verifiesMenu->addAction(d.name);
        a->setCheckable(true);
        a->setData(d.id);
        connect(a, &QAction::toggled, this, &SyncPage::showVerifies);
    }
    m_verifies->setMenu(m_verifiesMenu);
    auto *verifiesRow = new QHBoxLayout;
    verifiesRow->addWidget(m_verifies);
    verifiesRow->addStretch(1);
    form->addRow(tr("Verifies commitments for:"), verifiesRow);

    auto *intervalRow = new QHBoxLayout;
    m_interval = new QSpinBox(box);
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setRange(0, 1440);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only on demand"));
    m_save = new QPushButton(tr("&Save settings"), box);
    m_save->setObjectName(QStringLiteral("syncSaveSettings"));
    connect(m_save, &QPushButton::clicked, this, &SyncPage::saveSettings);
    intervalRow->addWidget(m_interval);
    intervalRow->addStretch(1);
    intervalRow->addWidget(m_save);
    form->addRow(tr("Sync every:"), intervalRow);

    if (!m_allowed) {
        for (QWidget *w : {static_cast<QWidget *>(m_office), static_cast<QWidget *>(m_createKeys), static_cast<QWidget *>(m_hub),
                           static_cast<QWidget *>(browse), static_cast<QWidget *>(m_interval), static_cast<QWidget *>(m_save),
                           static_cast<QWidget *>(m_verifies)})
            w->setEnabled(false);
        form->addRow(new QLabel(tr("Only an administrator may change the sync settings or run a round."), box));
    }
    return box;
}

QWidget *SyncPage::trustedTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_trusted = makeTable(QStringLiteral("syncTrusted"), {tr("Office"), tr("Key fingerprint"), tr("Registered by"), tr("Registered at")}, page);
    layout->addWidget(m_trusted, 1);
    auto *row = new QHBoxLayout;
    m_trustCode = new QLineEdit(page);
    m_trustCode->setObjectName(QStringLiteral("syncTrustCode"));
    m_trustCode->setPlaceholderText(tr("Office code, e.g. CITY"));
    m_trustCode->setMaxLength(32);
    m_trustKey = new QLineEdit(page);
    m_trustKey->setObjectName(QStringLiteral("syncTrustKey"));
    m_trustKey->setPlaceholderText(tr("Its public key (44 characters, from keys export or its 同步 page)"));
    m_trust = new QPushButton(tr("&Trust this key"), page);
    m_trust->setObjectName(QStringLiteral("syncTrustButton"));
    m_trust->setToolTip(tr("Accept packages signed with this key as coming from this office (replaces an earlier key of the office)"));
    connect(m_trust, &QPushButton::clicked, this, &SyncPage::trustOffice);
    row->addWidget(m_trustCode);
    row->addWidget(m_trustKey, 1);
    row->addWidget(m_trust);
    layout->addLayout(row);
    for (QWidget *w : {static_cast<QWidget *>(m_trustCode), static_cast<QWidget *>(m_trustKey), static_cast<QWidget *>(m_trust)})
        w->setEnabled(m_allowed);
    return page;
}

void SyncPage::trustOffice()
{
    try {
        const QString fingerprint = SyncKeys::trust(m_db, m_actor, m_trustCode->text(), m_trustKey->text());
        m_message->showMessage(tr("Packages signed by office %1 (key fingerprint %2) are now accepted.")
                                   .arg(SyncKeys::normalizeOffice(m_trustCode->text()), fingerprint),
                               ErrorLabel::Tone::Info);
        m_trustCode->clear();
        m_trustKey->clear();
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    reload();
}

void SyncPage::reload()
{
    const QSqlDatabase sql = m_db.sql();
    const bool hasKeys = SyncKeys::hasIdentity(sql);
    m_office->setText(hasKeys ? SyncKeys::office(sql) : QString());
    m_office->setReadOnly(hasKeys);
    m_createKeys->setVisible(!hasKeys);
    m_publicKey->setText(hasKeys ? SyncKeys::publicKey(sql) : QString());
    const SyncSettings settings = SyncSettings::load(sql);
    m_hub->setText(QDir::toNativeSeparators(settings.hub));
    m_interval->setValue(settings.intervalMinutes);
    for (QAction *a : m_verifiesMenu->actions()) {
        const QSignalBlocker block(a);
        a->setChecked(settings.verifiesFor.contains(a->data().toLongLong()));
    }
    showVerifies();
    m_syncNow->setEnabled(m_allowed && hasKeys && !settings.hub.isEmpty() && !m_scheduler->isRunning());

    const QList<SyncRunRow> runs = SyncRound::recentRuns(sql, 50);
    m_runs->setRowCount(int(runs.size()));
    for (int i = 0; i < runs.size(); ++i) {
        const SyncRunRow &r = runs.at(i);
        setRow(m_runs, i, {localTime(r.startedAt), resultLabel(r.result), QString::number(r.packagesOut), QString::number(r.packagesIn),
                           QString::number(r.held), QString::number(r.quarantined)});
    }
    const QList<SyncRound::HeldRow> held = SyncRound::held(sql);
    m_held->setRowCount(int(held.size()));
    for (int i = 0; i < held.size(); ++i) {
        const SyncRound::HeldRow &h = held.at(i);
        setRow(m_held, i, {h.sender, QString::number(h.seq), QString::number(h.expected), localTime(h.seenAt), QDir::toNativeSeparators(h.path)});
    }
    const QList<SyncRound::QuarantineRow> quarantined = SyncRound::quarantined(sql, 200);
    m_quarantine->setRowCount(int(quarantined.size()));
    for (int i = 0; i < quarantined.size(); ++i) {
        const SyncRound::QuarantineRow &q = quarantined.at(i);
        setRow(m_quarantine, i, {localTime(q.at), q.fileName, SyncChecks::labelForId(q.check), q.reason});
        m_quarantine->item(i, 3)->setToolTip(q.reason + QStringLiteral("\n") + QDir::toNativeSeparators(q.path));
    }
    m_tabs->setTabText(1, held.isEmpty() ? tr("&Held back") : tr("&Held back (%1)").arg(held.size()));
    m_tabs->setTabText(2, quarantined.isEmpty() ? tr("&Quarantined") : tr("&Quarantined (%1)").arg(quarantined.size()));
    m_log->setPlainText(runs.isEmpty() ? tr("No sync round has run yet.") : runs.first().log);
    const QList<TrustedKey> trusted = SyncKeys::trusted(sql);
    m_trusted->setRowCount(int(trusted.size()));
    for (int i = 0; i < trusted.size(); ++i) {
        const TrustedKey &k = trusted.at(i);
        setRow(m_trusted, i, {k.sender, k.fingerprint, k.addedBy, localTime(k.addedAt)});
    }
    m_tabs->setTabText(4, trusted.isEmpty() ? tr("&Trusted offices") : tr("&Trusted offices (%1)").arg(trusted.size()));
    m_trusted->resizeColumnsToContents();
    m_runs->resizeColumnsToContents();
    m_quarantine->resizeColumnsToContents();

    if (runs.isEmpty()) {
        m_lastRun->setText(hasKeys ? tr("No sync round yet.") : tr("Create the office's keys and set the hub folder to start."));
    } else {
        const SyncRunRow &r = runs.first();
        m_lastRun->setText(tr("Last round %1: %2 · %3 sent · %4 applied · %5 held back · %6 quarantined")
                               .arg(localTime(r.startedAt), resultLabel(r.result))
                               .arg(r.packagesOut).arg(r.packagesIn).arg(r.held).arg(r.quarantined));
    }
    updateIndicator();
}

SyncPage::~SyncPage()
{
    // Placed in the status bar, the indicator belongs to it; never placed, to nobody.
    if (m_indicator && !m_indicator->parent())
        delete m_indicator;
}

void SyncPage::updateIndicator()
{
    if (m_scheduler->isRunning()) {
        m_indicator->setText(tr("Sync: running…"));
        return;
    }
    const QList<SyncRunRow> runs = SyncRound::recentRuns(m_db.sql(), 1);
    if (runs.isEmpty()) {
        m_indicator->setText(tr("Sync: never"));
        m_indicator->setToolTip(QString());
        return;
    }
    const SyncRunRow &r = runs.first();
    const QString mark = r.result == QLatin1String("ok") ? QStringLiteral("✓") : QStringLiteral("⚠");
    m_indicator->setText(tr("Sync %1 %2").arg(mark, localTime(r.startedAt)));
    m_indicator->setToolTip(resultLabel(r.result));
}

void SyncPage::createKeys()
{
    try {
        SyncKeys::init(m_db, m_actor, m_office->text());
        m_message->showMessage(tr("Keys created. Give the public key to the platform and the other offices."), ErrorLabel::Tone::Info);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    reload();
}

void SyncPage::saveSettings()
{
    try {
        SyncSettings s;
        s.hub = m_hub->text().trimmed().isEmpty() ? QString() : QDir::fromNativeSeparators(m_hub->text().trimmed());
        s.intervalMinutes = m_interval->value();
        for (const QAction *a : m_verifiesMenu->actions())
            if (a->isChecked())
                s.verifiesFor << a->data().toLongLong();
        SyncSettings::save(m_db, m_actor, s);
        m_scheduler->reschedule();
        m_message->showMessage(tr("Settings saved."), ErrorLabel::Tone::Info);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    reload();
}

void SyncPage::showVerifies()
{
    QStringList names;
    for (const QAction *a : m_verifiesMenu->actions())
        if (a->isChecked())
            names << a->text();
    m_verifies->setText(names.isEmpty() ? tr("No department (no verification tasks here)") : names.join(QStringLiteral("、")));
}

void SyncPage::chooseHub()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Hub folder"), m_hub->text());
    if (!dir.isEmpty())
        m_hub->setText(QDir::toNativeSeparators(dir));
}

void SyncPage::showRoundStarted()
{
    m_syncNow->setEnabled(false);
    m_message->showMessage(tr("Sync round running in the background…"), ErrorLabel::Tone::Info);
    updateIndicator();
}

void SyncPage::showRoundFinished(bool ok, const QString &message)
{
    m_message->showMessage(message, ok && m_scheduler->lastResult().result == QLatin1String("ok") ? ErrorLabel::Tone::Info
                                                                                               : ErrorLabel::Tone::Warning);
    reload();
}

} // namespace cl
