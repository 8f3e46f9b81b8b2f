#pragma once
// Changes a CRM connection after it was made: its name, schedule, direction and who wins when
// a client changed on both sides. Only what was changed is sent, on the version shown, so a
// change someone made meanwhile is said instead of overwritten; the server's refusal is shown
// in the dialog, which stays open.

#include "CrmRecords.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wedsync {

class IntegrationActions;
class SyncRulesForm;
struct ApiError;

class ConfigureDialog : public QDialog
{
    Q_OBJECT
public:
    ConfigureDialog(IntegrationActions *actions, const CrmIntegration &integration,
                    const CrmProviderInfo &provider, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    SyncRulesForm *rules() const { return m_rules; }
    QLabel *problemLabel() const { return m_problem; }
    // What would be sent: the keys that differ from the connection shown.
    QJsonObject changes() const;

    void accept() override;

private:
    void onFailed(const QString &what, const ApiError &error);

    IntegrationActions *m_actions;
    CrmIntegration m_integration;
    QLineEdit *m_name;
    SyncRulesForm *m_rules;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};

} // namespace wedsync
