#include "shell/SignInDialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(text.trimmed()).hasMatch();
}
} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"signInDialog"_s);
    setMinimumWidth(440);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"heading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_serverLabel = new QLabel(this);
    m_embedded = new QRadioButton(this);
    m_embedded->setObjectName(u"embeddedServer"_s);
    // The built-in server's address on a line of its own under the choice, where a long
    // translation cannot cut it; lined up with the choice's text.
    m_embeddedAddress = new QLabel(this);
    m_embeddedAddress->setObjectName(u"embeddedAddress"_s);
    m_embeddedAddress->setForegroundRole(QPalette::PlaceholderText);
    m_embeddedAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_embeddedAddress->setContentsMargins(
        style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, m_embedded)
            + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, m_embedded),
        0, 0, 0);
    m_embeddedAddress->hide();
    m_remote = new QRadioButton(this);
    m_remote->setObjectName(u"remoteServer"_s);
    m_serverUrl = new QLineEdit(this);
    m_serverUrl->setObjectName(u"serverUrl"_s);
    m_serverUrl->setPlaceholderText(u"https://wedsync.example.com"_s);
    m_embedded->setChecked(true);

    m_email = new QLineEdit(this);
    m_email->setObjectName(u"email"_s);
    m_email->setPlaceholderText(u"name@example.com"_s);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(u"rememberMe"_s);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"hint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_message = new QLabel(this);
    m_message->setObjectName(u"errorMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    m_quit = new QPushButton(this);
    m_quit->setObjectName(u"quitButton"_s);
    // Enter signs in wherever the focus is; Quit is only pressed on purpose.
    m_quit->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *serverBox = new QVBoxLayout;
    serverBox->addWidget(m_embedded);
    serverBox->addWidget(m_embeddedAddress);
    serverBox->addWidget(m_remote);
    serverBox->addWidget(m_serverUrl);
    form->addRow(m_serverLabel, serverBox);
    m_emailLabel = new QLabel(this);
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_quit);
    buttons->addWidget(m_signIn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);

    connect(m_embedded, &QRadioButton::toggled, this, &SignInDialog::updateState);
    connect(m_serverUrl, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_quit, &QPushButton::clicked, this, &SignInDialog::quitRequested);

    retranslate();
    updateState();
    m_email->setFocus();
}

void SignInDialog::setEmbeddedServer(const QUrl &url)
{
    m_embeddedUrl = url;
    retranslate();
}

void SignInDialog::setEmbeddedAvailable(bool available)
{
    m_embeddedAvailable = available;
    if (!available)
        m_remote->setChecked(true);
    updateState();
}

void SignInDialog::setServerChoice(bool embedded, const QUrl &remoteUrl)
{
    (embedded && m_embeddedAvailable ? m_embedded : m_remote)->setChecked(true);
    if (!remoteUrl.isEmpty())
        m_serverUrl->setText(remoteUrl.toString());
    updateState();
}

void SignInDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    focusFirstEmptyField();
}

void SignInDialog::focusFirstEmptyField()
{
    QLineEdit *field = m_email->text().trimmed().isEmpty() ? m_email : m_password;
    if (m_remote->isChecked() && m_serverUrl->text().trimmed().isEmpty())
        field = m_serverUrl;
    field->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Shown again after a sign-out: the focus left on a button must not swallow typing.
    if (!m_busy)
        focusFirstEmptyField();
}

void SignInDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

SignInRequest SignInDialog::request() const
{
    SignInRequest request;
    request.embedded = m_embedded->isChecked();
    request.server
        = request.embedded ? m_embeddedUrl : QUrl::fromUserInput(m_serverUrl->text().trimmed());
    request.email = m_email->text().trimmed();
    request.password = m_password->text();
    request.remember = m_remember->isChecked();
    return request;
}

QString SignInDialog::validationProblem() const
{
    if (m_remote->isChecked()) {
        const QString text = m_serverUrl->text().trimmed();
        const QUrl url = QUrl::fromUserInput(text);
        if (text.isEmpty())
            return tr("Enter the address of the server.");
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"http" && url.scheme() != u"https"))
            return tr("The server address must start with http:// or https://.");
    }
    if (m_email->text().trimmed().isEmpty())
        return tr("Enter your e-mail address.");
    if (!looksLikeEmail(m_email->text()))
        return tr("That does not look like an e-mail address.");
    if (m_password->text().isEmpty())
        return tr("Enter your password.");
    return {};
}

void SignInDialog::setBusy(bool busy, const QString &what)
{
    const bool wasBusy = m_busy;
    m_busy = busy;
    m_busyText = what;
    if (busy)
        m_message->hide();
    updateState();
    retranslate();
    // While busy the fields were disabled and the focus fell to a button: give it back.
    const QWidget *focus = focusWidget();
    if (wasBusy && !busy && (!focus || focus == m_quit || focus == m_signIn))
        focusFirstEmptyField();
}

void SignInDialog::showError(const QString &message)
{
    setBusy(false);
    m_messageIsError = true;
    m_message->setText(message);
    m_message->setAccessibleName(tr("Sign-in problem"));
    m_message->setStyleSheet(u"QLabel { color: #c62828; font-weight: 600; }"_s);
    m_message->setVisible(!message.isEmpty());
    m_password->selectAll();
    m_password->setFocus();
}

void SignInDialog::showNotice(const QString &message)
{
    m_messageIsError = false;
    m_message->setText(message);
    m_message->setAccessibleName(tr("Notice"));
    m_message->setStyleSheet({});
    m_message->setVisible(!message.isEmpty());
}

QString SignInDialog::errorText() const
{
    return m_messageIsError && m_message->isVisible() ? m_message->text() : QString();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in — WedSync Admin"));
    m_heading->setText(tr("Sign in to WedSync Admin"));
    m_serverLabel->setText(tr("Server:"));
    m_embedded->setText(tr("&This computer (built-in server)"));
    m_embeddedAddress->setText(tr("Running at %1").arg(m_embeddedUrl.authority()));
    m_embeddedAddress->setVisible(!m_embeddedUrl.isEmpty());
    m_embedded->setAccessibleName(tr("Use the built-in server on this computer"));
    m_remote->setText(tr("A&nother server:"));
    m_remote->setAccessibleName(tr("Use another server"));
    m_serverUrl->setAccessibleName(tr("Server address"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_remember->setText(tr("&Remember me on this computer"));
    m_remember->setAccessibleName(tr("Remember me"));
    m_remember->setToolTip(tr("Keeps you signed in with a token stored in the system keychain; "
                              "your password is never stored."));
    m_signIn->setText(m_busy ? (m_busyText.isEmpty() ? tr("Signing in…") : m_busyText)
                             : tr("&Sign in"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_quit->setText(tr("&Quit"));
    m_quit->setAccessibleName(tr("Quit"));
    m_hint->setText(validationProblem());
    m_hint->setAccessibleName(tr("What is missing"));
}

void SignInDialog::updateState()
{
    m_embedded->setEnabled(!m_busy && m_embeddedAvailable);
    m_remote->setEnabled(!m_busy);
    m_serverUrl->setEnabled(!m_busy && m_remote->isChecked());
    m_email->setEnabled(!m_busy);
    m_password->setEnabled(!m_busy);
    m_remember->setEnabled(!m_busy);
    const QString problem = validationProblem();
    m_signIn->setEnabled(!m_busy && problem.isEmpty());
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty() && !m_busy);
}

void SignInDialog::submit()
{
    if (m_busy || !validationProblem().isEmpty())
        return;
    m_message->hide();
    Q_EMIT signInRequested(request());
}

} // namespace wedsync
