#pragma once
// Collects where and as whom to sign in (the embedded local server or a remote URL, e-mail,
// password, remember me) and shows why a sign-in failed. It only asks: the app signs in.

#include "session/SignInRequest.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace wedsync {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    // Prefill (from the settings or the command line).
    void setEmbeddedServer(const QUrl &url); // empty while it is still starting
    void setEmbeddedAvailable(bool available); // false: no wedsync-server next to us
    void setServerChoice(bool embedded, const QUrl &remoteUrl);
    void setEmail(const QString &email);
    void setRemember(bool remember);
    void setPassword(const QString &password);

    SignInRequest request() const;
    // Why the form cannot be sent yet (empty when it can), e.g. "Enter your e-mail address."
    QString validationProblem() const;

    // While the app signs in: fields locked, the button says what is happening.
    void setBusy(bool busy, const QString &what = {});
    bool isBusy() const { return m_busy; }
    void showError(const QString &message);
    void showNotice(const QString &message); // not an error: e.g. "Signed out."
    QString errorText() const;

    // The keyboard goes to the first field still empty (the e-mail, else the password).
    void focusFirstEmptyField();

Q_SIGNALS:
    void signInRequested(const wedsync::SignInRequest &request);
    // "Quit": leave the application, whether or not a main window is open.
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateState();
    void submit();

    QLabel *m_heading = nullptr;
    QLabel *m_serverLabel = nullptr;
    QRadioButton *m_embedded = nullptr;
    QLabel *m_embeddedAddress = nullptr;
    QRadioButton *m_remote = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_quit = nullptr;
    QUrl m_embeddedUrl;
    bool m_embeddedAvailable = true;
    bool m_busy = false;
    bool m_messageIsError = false;
    QString m_busyText;
};

} // namespace wedsync
