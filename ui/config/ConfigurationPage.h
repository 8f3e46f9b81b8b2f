#pragma once
// The Settings screen: the configuration hierarchy (platform → organization → member) of one
// setting type. Pick the level and type; the Effective tab shows each field's value, the layer
// it came from and why (the sync rule that decided), and where an opt-out held a platform
// change back; the other tabs edit the level's own document, show its history (diff,
// rollback), its change requests and the organization's opt-outs. Live: a change made
// elsewhere reloads the view.

#include "ConfigScope.h"
#include "ConfigSettingType.h"
#include "common/ConsolePage.h"
#include "config/ConfigRecords.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableView;

namespace wedsync {

struct ApiError;
class ConfigActions;
class ConfigEditPanel;
class ConfigFeed;
class ConfigFieldModel;
class ConfigHistoryPanel;
class ConfigRequestsPanel;
class UserPrompts;

class ConfigurationPage : public ConsolePage
{
    Q_OBJECT
public:
    ConfigurationPage(ConfigFeed *feed, ConfigActions *actions, UserPrompts *prompts,
                      QWidget *parent = nullptr);
    ~ConfigurationPage() override;

    QString pageId() const override { return QStringLiteral("configuration"); }
    QString title() const override;
    QIcon icon() const override;
    void activate() override;
    void refresh() override;
    bool showExample() override;
    bool hasUnsavedChanges() const override;

    // Platform admins: every level, written; support: every level, read; an organization's
    // admin: the organization written, its members read.
    void setAccess(bool platformLevel, bool mayWrite, const QString &readOnlyText);
    void setDefaultOrganization(const QString &organizationId);
    // Shows `type` at `layer` (a member's: `userId`), as the choosers would.
    void choose(ConfigLayer layer, ConfigSettingType type, const QString &userId = {});

    ConfigFieldModel *fields() const { return m_fields; }
    QTableView *fieldsView() const { return m_fieldsView; }
    QLabel *declinedLabel() const { return m_declined; }
    QLabel *whyLabel() const { return m_why; }
    ConfigEditPanel *editPanel() const { return m_edit; }
    ConfigHistoryPanel *historyPanel() const { return m_history; }
    ConfigRequestsPanel *requestsPanel() const { return m_requests; }
    QTabWidget *tabs() const { return m_tabs; }
    const ConfigView &view() const { return m_view; }
    bool hasView() const { return m_hasView; }

protected:
    void scopeChanged() override;
    void changeEvent(QEvent *event) override;

private:
    QString organizationId() const;
    ConfigLayer chosenLayer() const;
    std::optional<ConfigSettingType> chosenType() const;
    void fillLevels();
    void fillTypes(const QList<ConfigSettingType> &types);
    void levelChanged();
    void openChosen();
    void onView(const ConfigView &view);
    void showLayerColumns(ConfigLayer shown, std::optional<ConfigSettingType> type);
    void onFailed(const ApiError &error);
    void updateNotice();
    void updateWritable();
    void retranslate();

    ConfigFeed *m_feed;
    ConfigActions *m_actions;
    ConfigFieldModel *m_fields;
    QLabel *m_levelLabel;
    QComboBox *m_level;
    QLabel *m_memberLabel;
    QComboBox *m_member;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QProgressBar *m_busy;
    QLabel *m_notice;
    QTabWidget *m_tabs;
    QLabel *m_effectiveHeading;
    QTableView *m_fieldsView;
    QLabel *m_declined;
    QLabel *m_why; // the chosen field's reason in full, under the table
    ConfigEditPanel *m_edit;
    ConfigHistoryPanel *m_history;
    ConfigRequestsPanel *m_requests;
    ConfigView m_view;
    QString m_defaultOrganization;
    QString m_error;
    QString m_readOnlyText;
    QString m_membersOf;
    QString m_typesOf;
    QList<ConfigSettingType> m_tenantTypes;
    bool m_platformLevel = false;
    bool m_mayWrite = false;
    bool m_activated = false;
    bool m_hasView = false;
    bool m_filling = false;
};

} // namespace wedsync
