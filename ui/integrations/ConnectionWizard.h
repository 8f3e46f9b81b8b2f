#pragma once
// Connects a CRM in six steps (ConnectionWizardPages): the CRM, its sign-in, a test on real
// rows, schedule and rules, the field mapping, and a review that can start the first import.
// Every step checks what was entered before Next; Back keeps it; Cancel deletes the draft the
// wizard made on the server, so nothing half-made stays behind.

#include "CrmRecords.h"

#include <QWizard>

#include <memory>

namespace wedsync {

class ConnectionDraft;
struct WizardState;

class ConnectionWizard : public QWizard
{
    Q_OBJECT
public:
    // `draft` does the server's part (the wizard does not own it).
    ConnectionWizard(const QList<CrmProviderInfo> &providers, ConnectionDraft *draft,
                     QWidget *parent = nullptr);
    ~ConnectionWizard() override;

    int nextId() const override;
    void reject() override;

Q_SIGNALS:
    // Finished: the connection exists; `importing` when its first import started.
    void connected(const wedsync::CrmIntegration &integration, bool importing);

private:
    std::unique_ptr<WizardState> m_state;
};

} // namespace wedsync
