#include "ApprovalPage.h"

#include "CommitmentLetterDialog.h"
#include "NewApplicationPanel.h"
#include "approval/ApplicationService.h"
#include "approval/CommitmentLetter.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "common/LatestQuery.h"
#include "db/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
enum Column { GreenColumn, NumberColumn, ApplicantColumn, ItemColumn, ModeColumn, StatusColumn, ReceivedColumn, MissingColumn, Columns };
}

ApprovalPage::ApprovalPage(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_queue(new QTableWidget(this)), m_panel(new NewApplicationPanel(db, actor, this)),
      m_letter(new QPushButton(tr("Commitment &letter…"), this)), m_approve(new QPushButton(tr("A&pprove"), this)),
      m_refuse(new QPushButton(tr("Re&fuse…"), this)), m_error(new ErrorLabel(this)), m_queueQuery(new LatestQuery(db, this))
{
    setObjectName(QStringLiteral("approvalPage"));
    m_queue->setObjectName(QStringLiteral("applicationQueue"));
    m_queue->setColumnCount(Columns);
    m_queue->setHorizontalHeaderLabels({tr("Green channel"), tr("Application no."), tr("Applicant"), tr("Item"), tr("Mode"), tr("Status"),
                                        tr("Received"), tr("Missing")});
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->verticalHeader()->hide();
    m_queue->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    m_letter->setObjectName(QStringLiteral("openLetter"));
    m_letter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_approve->setObjectName(QStringLiteral("approveApplication"));
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approve->setToolTip(tr("Approve the selected application (Ctrl+Enter): licence and push to supervision"));
    m_refuse->setObjectName(QStringLiteral("refuseApplication"));
    auto *newButton = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("&New application"), this);
    newButton->setObjectName(QStringLiteral("newApplication"));
    newButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Applications waiting for a decision</b> (green channel first)"), left);
    leftLayout->addWidget(title);
    leftLayout->addWidget(m_queue, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addStretch();
    buttons->addWidget(m_letter);
    buttons->addWidget(m_refuse);
    buttons->addWidget(m_approve);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_error);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    (new QVBoxLayout(this))->addWidget(splitter);

    connect(newButton, &QPushButton::clicked, m_panel, &NewApplicationPanel::start);
    connect(m_queueQuery, &LatestQuery::failed, m_error, [this](const QString &message) { m_error->showMessage(message); });
    connect(m_panel, &NewApplicationPanel::filed, this, [this](const QString &appNo, bool hasLetter) {
        reloadQueue(appNo);
        m_error->showMessage(hasLetter ? tr("Application %1 filed; print the commitment letter for signature (Ctrl+P).").arg(appNo)
                                       : tr("Application %1 filed.").arg(appNo),
                             ErrorLabel::Tone::Info);
    });
    connect(m_queue, &QTableWidget::itemSelectionChanged, this, &ApprovalPage::updateButtons);
    connect(m_letter, &QPushButton::clicked, this, &ApprovalPage::openLetter);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalPage::approveSelected);
    connect(m_refuse, &QPushButton::clicked, this, &ApprovalPage::askRefusal);
    reloadQueue();
}

void ApprovalPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadQueue();  // applications filed elsewhere (another window, the command line) show up
}

void ApprovalPage::reloadQueue(const QString &select)
{
    m_queueQuery->run([this, select](Database &db) -> LatestQuery::Apply {
        const QList<Application> list = ApplicationService(db).queue();
        return [this, list, select] { fillQueue(list, select); };
    });
}

bool ApprovalPage::isLoading() const
{
    return m_queueQuery->isBusy();
}

void ApprovalPage::fillQueue(const QList<Application> &list, const QString &select)
{
    // The selection as it is now (the clerk may have moved while the queue was read), unless one was asked for.
    const QString keep = select.isEmpty() ? selectedApplication() : select;
    m_queue->setRowCount(0);
    m_queue->setRowCount(int(list.size()));
    const QColor green(0xdf, 0xf3, 0xe4);
    for (int row = 0; row < list.size(); ++row) {
        const Application &a = list.at(row);
        int missing = 0;
        for (const ApplicationMaterial &m : a.materials)
            missing += m.status == QLatin1String("missing") ? 1 : 0;
        const QStringList cells{a.greenChannel ? tr("★ Green channel") : QString(), a.appNo, a.entityName, a.itemName,
                                ApplicationService::modeLabel(a.mode), ApplicationService::statusLabel(a.status),
                                a.receivedOn.toString(Qt::ISODate), missing > 0 ? QString::number(missing) : QString()};
        for (int c = 0; c < Columns; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (a.greenChannel)
                item->setBackground(green);
            m_queue->setItem(row, c, item);
        }
    }
    m_queue->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectApplication(keep);
    updateButtons();
}

bool ApprovalPage::selectApplication(const QString &appNo)
{
    for (int row = 0; row < m_queue->rowCount(); ++row)
        if (m_queue->item(row, NumberColumn)->text() == appNo) {
            m_queue->selectRow(row);
            return true;
        }
    return false;
}

QString ApprovalPage::selectedApplication() const
{
    const QList<QTableWidgetItem *> items = m_queue->selectedItems();
    return items.isEmpty() ? QString() : m_queue->item(items.first()->row(), NumberColumn)->text();
}

void ApprovalPage::updateButtons()
{
    const QString no = selectedApplication();
    const bool received = !no.isEmpty() && m_queue->item(m_queue->currentRow(), StatusColumn)->text() == ApplicationService::statusLabel(QStringLiteral("received"));
    const bool letter = !no.isEmpty() && m_queue->item(m_queue->currentRow(), ModeColumn)->text() != ApplicationService::modeLabel(QStringLiteral("ordinary"));
    m_approve->setEnabled(received);
    m_refuse->setEnabled(!no.isEmpty());
    m_letter->setEnabled(letter);
}

CommitmentLetterDialog *ApprovalPage::openLetter()
{
    const QString no = selectedApplication();
    if (no.isEmpty())
        return nullptr;
    try {
        const Application a = ApplicationService(m_db).require(no);
        auto *dialog = new CommitmentLetterDialog(a.appNo, CommitmentLetter::render(m_db.sql(), a), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return dialog;
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return nullptr;
    }
}

void ApprovalPage::approveSelected()
{
    const QString no = selectedApplication();
    if (no.isEmpty())
        return;
    try {
        const Application a = ApplicationService(m_db).approve(m_actor, no, Clock::today());
        m_error->showMessage(tr("Approved: licence %1, decision %2; %n commitment(s) pushed to the supervising departments.", nullptr,
                                int(a.commitments.size()))
                                 .arg(a.licenceNo, a.decisionNo),
                             ErrorLabel::Tone::Info);
        reloadQueue();
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
}

void ApprovalPage::refuseSelected(const QString &reason)
{
    const QString no = selectedApplication();
    if (no.isEmpty())
        return;
    try {
        ApplicationService(m_db).refuse(m_actor, no, reason, Clock::today());
        m_error->showMessage(tr("Application %1 refused.").arg(no), ErrorLabel::Tone::Info);
        reloadQueue();
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
}

void ApprovalPage::askRefusal()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Refuse application"), tr("Reason for the refusal (shown to the applicant):"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        refuseSelected(reason);
}

} // namespace cl
