#include "common/OAuthSignInPanel.h"

#include "common/StateColors.h"
#include "oauth/OAuthSignIn.h"

#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

OAuthSignInPanel::OAuthSignInPanel(OAuthSignIn *signIn, QWidget *parent)
    : QWidget(parent)
    , m_signIn(signIn)
    , m_intro(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_addressLabel(new QLabel(tr("If no browser opened, copy this &address into one:"), this))
    , m_address(new QLineEdit(this))
    , m_again(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"signInStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_address->setObjectName(u"signInAddress"_s);
    m_address->setReadOnly(true);
    m_addressLabel->setBuddy(m_address);
    m_again->setObjectName(u"signInAgain"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_addressLabel);
    layout->addWidget(m_address);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_busy->hide();
    m_addressLabel->hide();
    m_address->hide();
    m_again->hide();

    connect(m_signIn, &OAuthSignIn::browserNeeded, this, &OAuthSignInPanel::onBrowserNeeded);
    connect(m_signIn, &OAuthSignIn::exchanging, this, [this] {
        setStatus(tr("Signed in at %1. WedSync is saving the access…").arg(m_providerName), false);
    });
    connect(m_signIn, &OAuthSignIn::finished, this, [this](const QJsonObject &subject) {
        m_done = true;
        m_busy->hide();
        m_again->hide();
        m_addressLabel->hide();
        m_address->hide();
        setStatus(tr("Signed in. %1 is connected; the access is kept encrypted on the WedSync "
                     "server, not on this computer.")
                      .arg(subject.value(u"name"_s).toString()),
                  false);
        Q_EMIT signedIn(subject);
        Q_EMIT stateChanged();
    });
    connect(m_signIn, &OAuthSignIn::failed, this, &OAuthSignInPanel::onFailed);
    connect(m_again, &QPushButton::clicked, this, [this] {
        if (m_signIn->isRunning() && m_url.isValid())
            QDesktopServices::openUrl(m_url);
        else
            start(m_path, m_providerName, m_intro->text());
    });
}

void OAuthSignInPanel::start(const QString &oauthPath, const QString &providerName,
                             const QString &intro)
{
    m_path = oauthPath;
    m_providerName = providerName;
    m_done = false;
    m_url.clear();
    m_intro->setText(intro);
    setStatus(tr("Opening the sign-in page…"), false);
    m_busy->show();
    m_again->hide();
    m_addressLabel->hide();
    m_address->hide();
    Q_EMIT stateChanged();
    m_signIn->start(oauthPath);
}

void OAuthSignInPanel::cancel()
{
    m_signIn->cancel();
    m_busy->hide();
}

void OAuthSignInPanel::onBrowserNeeded(const QUrl &url)
{
    m_url = url;
    const bool opened = QDesktopServices::openUrl(url);
    setStatus(opened ? tr("Waiting for you to sign in in the browser…")
                     : tr("No browser could be opened. Copy the address below into a browser "
                          "on this computer and sign in there."),
              false);
    m_address->setText(url.toString(QUrl::FullyEncoded));
    m_address->setCursorPosition(0);
    m_addressLabel->show();
    m_address->show();
    m_again->setText(tr("Open the sign-in page a&gain"));
    m_again->show();
}

void OAuthSignInPanel::onFailed(const QString &message)
{
    m_busy->hide();
    m_addressLabel->hide();
    m_address->hide();
    setStatus(tr("The sign-in did not finish: %1").arg(message), true);
    m_again->setText(tr("Sign in a&gain"));
    m_again->show();
    Q_EMIT stateChanged();
}

void OAuthSignInPanel::setStatus(const QString &text, bool problem)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? errorColor(palette)
                             : QWidget::palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setText(text);
}

} // namespace wedsync
