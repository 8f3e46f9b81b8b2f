#include "help/AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About WedSync Admin"));
    auto *title = new QLabel(tr("WedSync Admin"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *purpose = new QLabel(tr("The administration console of WedSync: sync health, "
                                  "dashboard layouts, permissions, conflicts and the audit "
                                  "trail."),
                               this);
    purpose->setWordWrap(true);
    m_text = new QLabel(this);
    m_text->setObjectName(u"aboutVersions"_s);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(purpose);
    layout->addWidget(m_text);
    layout->addStretch();
    layout->addWidget(buttons);
    refresh();
}

void AboutDialog::setServer(const QUrl &url, const QString &version)
{
    m_serverUrl = url;
    m_serverVersion = version;
    refresh();
}

QString AboutDialog::versionsText() const
{
    const QString server = m_serverUrl.isEmpty() ? tr("not connected")
        : m_serverVersion.isEmpty()
        ? m_serverUrl.toString(QUrl::RemoveUserInfo)
        : tr("%1, version %2").arg(m_serverUrl.toString(QUrl::RemoveUserInfo), m_serverVersion);
    return tr("Console: version %1\nServer: %2\nQt: %3 (built with %4)\nSystem: %5")
        .arg(QCoreApplication::applicationVersion(), server, QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName());
}

void AboutDialog::refresh()
{
    m_text->setText(versionsText());
}

} // namespace wedsync
