#pragma once
// The Settings screen's change requests of the chosen level (proposed on the editor, approved
// or rejected here by another admin: the server refuses the author, in its own words) and,
// at an organization's level, the platform rules and setting types it declines (opt-outs:
// each toggle is asked first).

#include "ConfigOptOut.h"
#include "ConfigSyncRule.h"
#include "config/ConfigRecords.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace wedsync {

struct ApiError;
class ConfigActions;
class UserPrompts;

class ConfigRequestsPanel : public QWidget
{
    Q_OBJECT
public:
    ConfigRequestsPanel(ConfigActions *actions, UserPrompts *prompts, QWidget *parent = nullptr);

    void setScope(const ConfigScope &scope);
    void setRequests(const QList<ConfigChangeRequest> &requests);
    void setOptOuts(const QString &organizationId, const ConfigOptOuts &optOuts,
                    const QList<ConfigSyncRule> &rules);
    void setWritable(bool mayDecide);
    // The level's settings on screen: a proposed request of this type is shown as the changes
    // approving it makes to them.
    void setCurrent(ConfigSettingType type, qint64 version, const QJsonObject &document);
    // Approves or rejects the request chosen in the list.
    void decideSelected(bool approve);

    QListWidget *requestList() const { return m_list; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QLabel *messageLabel() const { return m_message; }
    QListWidget *changeList() const { return m_changes; }
    QGroupBox *optOutBox() const { return m_optOutBox; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void changed(); // a request was decided or the opt-outs changed: reload the view

protected:
    void changeEvent(QEvent *event) override;

private:
    void toggleOptOut(QCheckBox *box);
    void rebuildOptOuts();
    void updateButtons();
    void showChanges();
    void retranslate();
    void showMessage(const QString &text);

    ConfigActions *m_actions;
    UserPrompts *m_prompts;
    QLabel *m_heading;
    QListWidget *m_list;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_changesHeading;
    QListWidget *m_changes;
    QLabel *m_message;
    QGroupBox *m_optOutBox;
    QVBoxLayout *m_optOutLayout;
    QList<QCheckBox *> m_optOutBoxes;
    QList<ConfigChangeRequest> m_requests;
    ConfigScope m_scope;
    QString m_optOutOrganization;
    ConfigOptOuts m_optOuts;
    QList<ConfigSyncRule> m_rules;
    bool m_mayDecide = false;
    ConfigSettingType m_currentType = ConfigSettingType::Notifications;
    qint64 m_currentVersion = -1; // -1: no settings on screen yet
    QJsonObject m_currentDocument;
};

} // namespace wedsync
