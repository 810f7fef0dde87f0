#pragma once

#include "approval/ApprovalItem.h"
#include "approval/PreApprovalCheck.h"
#include "auth/Actor.h"
#include "registry/Entity.h"

#include <QWidget>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace cl {

class Database;
class ErrorLabel;
class LatestQuery;

// 新申请 at the window, top to bottom and keyboard first: find the entity (code or name; Enter), choose the
// item (type part of its code or name — no time limit between keys, unlike a combo box's own search; Enter goes
// on to the file button), the pre-approval check runs and shows light, reasons,
// eligibility and measures with why; choose the mode (one tab stop, ↑/↓ among the allowed ones; refused modes
// disabled with their reason), tick the materials (Space; core ones fixed; secondary ones may be left missing
// under 容缺 with a deadline; Enter there or on the deadline goes on to the file button), file (Enter on the
// file button, or Ctrl+S anywhere). The search and the check run off the GUI thread (LatestQuery): on a store of
// a million entities the window keeps taking keys while they run.
class NewApplicationPanel : public QWidget
{
    Q_OBJECT

public:
    NewApplicationPanel(Database &db, const Actor &actor, QWidget *parent = nullptr);

    void start();  // clears the form and puts the cursor in the search box
    void setEntityByCode(const QString &code);
    void setItemByCode(const QString &code);
    const std::optional<PreApprovalResult> &checkResult() const { return m_result; }
    QString checkText() const;
    bool isBusy() const;  // a search or a check is running

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void filed(const QString &appNo, bool hasLetter);

private:
    void search();
    void showFound(const QString &text, const QList<Entity> &found);
    void chooseEntity();
    void registerEntity();
    void runCheck();
    void showCheck(const ApprovalItem &item, const PreApprovalResult &result, const QDate &supplyBy);
    bool typeIntoItem(QKeyEvent *event);
    void updateMaterials();
    void fileApplication();

    Database &m_db;
    Actor m_actor;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_entityLabel;
    QComboBox *m_item;
    QLabel *m_itemTyped;   // what was typed on the item so far (type to find, no time limit)
    QString m_itemSearch;
    QTextBrowser *m_checkView;
    QButtonGroup *m_modes;
    QRadioButton *m_ordinary;
    QRadioButton *m_commitment;
    QRadioButton *m_deficiency;
    QListWidget *m_materials;
    QDateEdit *m_supplyBy;
    QPushButton *m_file;
    ErrorLabel *m_error;
    LatestQuery *m_searchQuery;
    LatestQuery *m_checkQuery;
    bool m_fileWhenReady = false;  // Enter on the item before its check came back: focus the file button then
    qint64 m_entityId = 0;
    std::optional<ApprovalItem> m_currentItem;
    std::optional<PreApprovalResult> m_result;
};

} // namespace cl
