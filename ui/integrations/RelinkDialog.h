#pragma once
// Relinks an OAuth 2.0 connection whose access the CRM revoked or let expire: the same browser
// sign-in as the wizard's, on the same connection, so its field mapping, schedule and imported
// clients stay. Closing the dialog before the browser answers abandons the sign-in.

#include "CrmRecords.h"

#include <QDialog>

namespace wedsync {

class OAuthSignIn;
class OAuthSignInPanel;

class RelinkDialog : public QDialog
{
    Q_OBJECT
public:
    RelinkDialog(OAuthSignIn *signIn, const CrmIntegration &integration,
                 const QString &providerName, QWidget *parent = nullptr);
    OAuthSignInPanel *panel() const { return m_panel; }

Q_SIGNALS:
    void relinked(const wedsync::CrmIntegration &integration);

protected:
    void done(int result) override;

private:
    OAuthSignInPanel *m_panel;
};

} // namespace wedsync
