#pragma once
// The browser sign-in of an OAuth 2.0 connection as a person meets it: the provider's sign-in
// page opens in the system browser, the address is shown to copy when no browser opened, a
// busy bar runs while WedSync waits, and the outcome is said in words — connected, refused in
// the browser, timed out, or the server's reason — with a way to try again. The CRM and the
// calendar connection wizards' sign-in steps and their Relink dialogs show it.

#include <QJsonObject>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace wedsync {

class OAuthSignIn;

class OAuthSignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OAuthSignInPanel(OAuthSignIn *signIn, QWidget *parent = nullptr);

    // Starts (or starts again) the sign-in at `providerName` of the subject whose routes are
    // under `oauthPath` (OAuthSignIn::start); `intro` says what the person is asked to allow.
    void start(const QString &oauthPath, const QString &providerName, const QString &intro);
    void cancel();
    bool isDone() const { return m_done; }

    QLabel *statusLabel() const { return m_status; }
    QLineEdit *addressEdit() const { return m_address; }
    QPushButton *againButton() const { return m_again; }

Q_SIGNALS:
    // The server's answer: the subject, now linked (OAuthSignIn::finished).
    void signedIn(const QJsonObject &subject);
    void stateChanged();

private:
    void onBrowserNeeded(const QUrl &url);
    void onFailed(const QString &message);
    void setStatus(const QString &text, bool problem);

    OAuthSignIn *m_signIn;
    QLabel *m_intro;
    QLabel *m_status;
    QProgressBar *m_busy;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QPushButton *m_again;
    QString m_path;
    QString m_providerName;
    QUrl m_url;
    bool m_done = false;
};

} // namespace wedsync
