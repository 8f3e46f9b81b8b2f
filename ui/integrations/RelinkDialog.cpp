#include "integrations/RelinkDialog.h"

#include "CrmText.h"
#include "common/OAuthSignInPanel.h"
#include "integrations/CrmRequests.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

RelinkDialog::RelinkDialog(OAuthSignIn *signIn, const CrmIntegration &integration,
                           const QString &providerName, QWidget *parent)
    : QDialog(parent)
    , m_panel(new OAuthSignInPanel(signIn, this))
{
    setObjectName(u"relinkDialog"_s);
    setWindowTitle(tr("Relink %1").arg(integration.name));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &OAuthSignInPanel::signedIn, this, [this](const QJsonObject &answer) {
        if (auto connection = crmIntegrationFromJson(answer))
            Q_EMIT relinked(connection.value());
    });
    resize(560, 320);
    m_panel->start(crmapi::oauthPath(integration.organizationId, integration.id), providerName,
                   CrmText::signInIntro(providerName));
}

void RelinkDialog::done(int result)
{
    if (!m_panel->isDone())
        m_panel->cancel();
    QDialog::done(result);
}

} // namespace wedsync
