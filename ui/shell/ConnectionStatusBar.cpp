#include "shell/ConnectionStatusBar.h"

#include "TimeText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
constexpr int JustNowSecs = 10;

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

ConnectionStatusBar::ConnectionStatusBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"connectionStatus"_s);
    m_dot = new QLabel(this);
    m_dot->setFixedSize(10, 10);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"connectionState"_s);
    m_presence = new QLabel(this);
    m_presence->setObjectName(u"presence"_s);
    m_pending = new QLabel(this);
    m_pending->setObjectName(u"pendingEdits"_s);
    m_outboxNotice = new QToolButton(this);
    m_outboxNotice->setObjectName(u"outboxNotice"_s);
    m_outboxNotice->setAutoRaise(true);
    connect(m_outboxNotice, &QToolButton::clicked, this, &ConnectionStatusBar::outboxRequested);
    m_lastUpdate = new QLabel(this);
    m_lastUpdate->setObjectName(u"lastUpdate"_s);
    m_restart = new QToolButton(this);
    m_restart->setObjectName(u"restartServer"_s);
    m_restart->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_restart, &QToolButton::clicked, this, &ConnectionStatusBar::restartServerRequested);
    m_ageTimer.setInterval(JustNowSecs * 1000);
    m_ageTimer.setSingleShot(true);
    connect(&m_ageTimer, &QTimer::timeout, this, &ConnectionStatusBar::refresh);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_presence);
    layout->addWidget(separator(this));
    layout->addWidget(m_pending);
    layout->addWidget(m_outboxNotice);
    layout->addWidget(m_lastUpdate);
    layout->addWidget(separator(this));
    layout->addWidget(m_dot);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_restart);
    refresh();
}

void ConnectionStatusBar::setConnectionState(ConnectionState state)
{
    m_state = state;
    if (state == ConnectionState::Online) {
        m_everOnline = true;
        m_showingCache = false;
    }
    refresh();
}

void ConnectionStatusBar::setBuiltInServer(BuiltInServer state, const QString &why)
{
    m_builtIn = state;
    m_builtInWhy = why;
    refresh();
}

void ConnectionStatusBar::setShowingCache(bool showingCache)
{
    m_showingCache = showingCache;
    refresh();
}

void ConnectionStatusBar::setOperators(const QList<OperatorPresence> &operators)
{
    m_operators = operators;
    refresh();
}

void ConnectionStatusBar::setOutboxNotice(const QString &notice)
{
    m_outboxNoticeText = notice;
    refresh();
}

void ConnectionStatusBar::setPendingEdits(int count)
{
    m_pendingCount = count;
    refresh();
}

void ConnectionStatusBar::setLastUpdate(const QDateTime &at, bool fromCache)
{
    m_lastUpdateAt = at;
    m_lastFromCache = fromCache;
    m_ageTimer.start();
    if (fromCache && m_state != ConnectionState::Online)
        m_showingCache = true;
    refresh();
}

void ConnectionStatusBar::setMessageShown(bool shown)
{
    m_presence->setHidden(shown);
    m_lastUpdate->setHidden(shown);
}

void ConnectionStatusBar::reset()
{
    m_state = ConnectionState::Offline;
    m_everOnline = false;
    m_showingCache = false;
    m_operators.clear();
    m_pendingCount = 0;
    m_outboxNoticeText.clear();
    m_lastUpdateAt = {};
    m_builtIn = BuiltInServer::NotUsed;
    m_builtInWhy.clear();
    refresh();
}

QString ConnectionStatusBar::stateText(ConnectionState state, bool everOnline, bool showingCache)
{
    switch (state) {
    case ConnectionState::Online:
        return tr("Online");
    case ConnectionState::Resyncing:
        return tr("Resyncing…");
    case ConnectionState::Connecting:
        if (everOnline)
            return tr("Reconnecting…");
        return showingCache ? tr("Offline — showing cached data") : tr("Connecting…");
    case ConnectionState::Offline:
        break;
    }
    return showingCache ? tr("Offline — showing cached data") : tr("Offline");
}

QString ConnectionStatusBar::stateText() const
{
    // What the built-in server does explains the connection better than "Connecting…".
    if (m_state != ConnectionState::Online) {
        switch (m_builtIn) {
        case BuiltInServer::Starting:
            return tr("Starting the built-in server…");
        case BuiltInServer::Restarting:
            return tr("Restarting the built-in server…");
        case BuiltInServer::Stopped:
            return tr("Built-in server stopped");
        case BuiltInServer::NotUsed:
        case BuiltInServer::Running:
            break;
        }
    }
    return stateText(m_state, m_everOnline, m_showingCache);
}

QString ConnectionStatusBar::presenceText() const
{
    if (m_operators.isEmpty())
        return tr("No other operators online");
    QStringList names;
    for (const OperatorPresence &op : m_operators)
        names.append(op.email);
    if (names.size() <= 2)
        return tr("Also online: %1").arg(QLocale().createSeparatedList(names));
    return tr("%n other operator(s) online", nullptr, int(names.size()));
}

QString ConnectionStatusBar::lastUpdateText() const
{
    if (!m_lastUpdateAt.isValid())
        return tr("Not updated yet");
    const QDateTime local = m_lastUpdateAt.toLocalTime();
    const qint64 age = local.secsTo(QDateTime::currentDateTime());
    if (!m_lastFromCache && age >= 0 && age < JustNowSecs)
        return tr("Updated just now");
    // Seconds, so that a refresh a minute later shows as one.
    const QLocale locale;
    const QString time = locale.toString(local.time(), timeFormatWithSeconds());
    const QString when = local.date() == QDate::currentDate()
        ? time
        : tr("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
    return m_lastFromCache ? tr("Cached data from %1").arg(when) : tr("Updated %1").arg(when);
}

void ConnectionStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ConnectionStatusBar::refresh()
{
    QColor colour;
    switch (m_state) {
    case ConnectionState::Online:
        colour = QColor(0x2e, 0x9d, 0x4f);
        break;
    case ConnectionState::Connecting:
    case ConnectionState::Resyncing:
        colour = QColor(0xe0, 0x9b, 0x1a);
        break;
    case ConnectionState::Offline:
        colour = QColor(0x9a, 0xa0, 0xa6);
        break;
    }
    if (m_state != ConnectionState::Online && m_builtIn == BuiltInServer::Stopped)
        colour = QColor(0xc6, 0x28, 0x28);
    m_dot->setStyleSheet(u"background: %1; border-radius: 5px;"_s.arg(colour.name()));
    const QString state = stateText();
    m_stateLabel->setText(state);
    m_stateLabel->setAccessibleName(tr("Connection: %1").arg(state));
    const bool stopped = m_builtIn == BuiltInServer::Stopped && m_state != ConnectionState::Online;
    m_stateLabel->setToolTip(stopped ? m_builtInWhy : QString());
    m_restart->setText(tr("Restart the built-in server"));
    m_restart->setToolTip(m_builtInWhy);
    m_restart->setVisible(stopped);

    m_presence->setText(presenceText());
    QStringList lines;
    for (const OperatorPresence &op : std::as_const(m_operators))
        lines.append(op.role.isEmpty() ? op.email : tr("%1 (%2)").arg(op.email, op.role));
    m_presence->setToolTip(lines.join(u'\n'));
    m_presence->setAccessibleName(tr("Operators online: %1").arg(presenceText()));

    m_pending->setText(tr("%n edit(s) waiting to be sent", nullptr, m_pendingCount));
    m_pending->setAccessibleName(m_pending->text());
    m_pending->setVisible(m_pendingCount > 0);
    // Waiting edits alone are counted on the left; the button still opens their list.
    m_outboxNotice->setText(m_outboxNoticeText.isEmpty() ? tr("Edits…") : m_outboxNoticeText);
    m_outboxNotice->setToolTip(tr("Show the edits sent and waiting"));
    m_outboxNotice->setAccessibleName(tr("Edits: %1").arg(m_outboxNotice->text()));
    m_outboxNotice->setVisible(!m_outboxNoticeText.isEmpty() || m_pendingCount > 0);

    m_lastUpdate->setText(lastUpdateText());
    m_lastUpdate->setAccessibleName(tr("Last update: %1").arg(lastUpdateText()));
}

} // namespace wedsync
