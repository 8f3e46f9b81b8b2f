#include "shell/MainWindow.h"

#include "common/ConsolePage.h"
#include "help/HelpMenu.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/OrganizationSwitcher.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

void showUndoTexts(const QUndoGroup *group, QAction *undo, QAction *redo)
{
    const QString undoText = group->undoText();
    const QString redoText = group->redoText();
    undo->setText(undoText.isEmpty() ? MainWindow::tr("&Undo")
                                     : MainWindow::tr("&Undo %1").arg(undoText));
    redo->setText(redoText.isEmpty() ? MainWindow::tr("&Redo")
                                     : MainWindow::tr("&Redo %1").arg(redoText));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    // 1280x800, but never larger than the screen (a 1024x700 one would hide the status bar);
    // a saved geometry replaces it (restoreGeometry below).
    QSize size(1280, 800);
    if (const QScreen *where = screen())
        size = size.boundedTo(where->availableSize() * 0.9);
    resize(size);

    m_contextBar = new QToolBar(this);
    m_contextBar->setObjectName(u"contextBar"_s);
    m_contextBar->setMovable(false);
    m_contextBar->setFloatable(false);
    m_contextBar->setContextMenuPolicy(Qt::PreventContextMenu);
    m_switcher = new OrganizationSwitcher(m_contextBar);
    m_contextBar->addWidget(m_switcher);
    auto *spacer = new QWidget(m_contextBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_contextBar->addWidget(spacer);
    m_accountLabel = new QLabel(m_contextBar);
    m_accountLabel->setObjectName(u"accountLabel"_s);
    m_contextBar->addWidget(m_accountLabel);
    addToolBar(Qt::TopToolBarArea, m_contextBar);

    auto *side = new QWidget(this);
    side->setObjectName(u"sidebarPanel"_s);
    m_appTitle = new QLabel(u"WedSync Admin"_s, side);
    m_appTitle->setObjectName(u"appTitle"_s);
    QFont titleFont = m_appTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_appTitle->setFont(titleFont);
    m_sidebar = new QListWidget(side);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setTextElideMode(Qt::ElideRight);
    m_sidebar->setFocusPolicy(Qt::StrongFocus);
    // The keyboard's place is a ring around the whole item, not the style's focus rectangle
    // around the text (which window managers' themes drew like a text field).
    m_sidebar->setStyleSheet(
        u"QListWidget#sidebar { background: transparent; border: none; outline: 0; }"
        "QListWidget#sidebar::item { padding: 6px 8px; border-radius: 6px;"
        " border: 2px solid transparent; }"
        "QListWidget#sidebar::item:hover { background: palette(midlight); }"
        "QListWidget#sidebar::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"
        "QListWidget#sidebar::item:selected:focus { border-color: palette(highlighted-text); }"_s);
    side->setMinimumWidth(200);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 12, 8, 12);
    sideLayout->addWidget(m_appTitle);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(m_sidebar);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"pages"_s);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(u"placeholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(side);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 1050});
    setCentralWidget(splitter);

    m_status = new ConnectionStatusBar(statusBar());
    statusBar()->addPermanentWidget(m_status);
    statusBar()->setObjectName(u"statusBar"_s);
    connect(statusBar(), &QStatusBar::messageChanged, m_status,
            [status = m_status](const QString &message) {
                status->setMessageShown(!message.isEmpty());
            });

    createActions();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_refresh = m_fileMenu->addAction(QString());
    m_refresh->setObjectName(u"refreshAction"_s);
    m_refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (ConsolePage *page = currentPage())
            page->refresh();
        Q_EMIT refreshRequested();
    });
    m_settings = m_fileMenu->addAction(QString());
    m_settings->setObjectName(u"settingsAction"_s);
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_fileMenu->addSeparator();
    m_signOut = m_fileMenu->addAction(QString());
    m_signOut->setObjectName(u"signOutAction"_s);
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    m_quit = m_fileMenu->addAction(QString());
    m_quit->setObjectName(u"quitAction"_s);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &MainWindow::quitRequested);
    // Edit: the current screen's undo stack (screens that edit nothing leave it disabled).
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    // Our own actions rather than QUndoGroup's: theirs keep the words of the language that was
    // on when they were made, so "Undo" stayed English after switching to Spanish.
    m_undoGroup = new QUndoGroup(this);
    m_undo = new QAction(this);
    m_undo->setObjectName(u"undoAction"_s);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    m_redo = new QAction(this);
    m_redo->setObjectName(u"redoAction"_s);
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    // Context: the action, not this window, which a closing group still signals while the
    // window is half destroyed.
    const auto showTexts = [group = m_undoGroup, undo = m_undo, redo = m_redo] {
        showUndoTexts(group, undo, redo);
    };
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, m_undo, showTexts);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, m_redo, showTexts);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(u"goMenu"_s);
    m_helpMenu = new HelpMenu(this);
    menuBar()->addMenu(m_helpMenu);
}

void MainWindow::setPages(const QList<ConsolePage *> &pages)
{
    // The old pages go now, not later: the workspace whose feeds they use is closed next.
    for (ConsolePage *old : std::exchange(m_pages, {})) {
        m_stack->removeWidget(old);
        delete old;
    }
    m_pages = pages;
    for (ConsolePage *page : pages) {
        m_stack->addWidget(page);
        if (QUndoStack *stack = page->undoStack())
            m_undoGroup->addStack(stack);
        connect(page, &ConsolePage::dataUpdated, this,
                [this, page](const QDateTime &at, bool fromCache) {
                    pageDataUpdated(page, at, fromCache);
                });
        connect(page, &ConsolePage::statusMessage, this, [this, page](const QString &message) {
            if (page == currentPage())
                statusBar()->showMessage(message, 15000);
        });
        connect(page, &ConsolePage::openItemRequested, this,
                [this](const QString &pageId, const QString &itemId) {
                    if (ConsolePage *target = this->page(pageId); target && showPage(pageId))
                        target->showItem(itemId);
                });
        connect(page, &ConsolePage::badgeChanged, this, [this, page] {
            const int row = int(m_pages.indexOf(page));
            if (row >= 0 && row < m_sidebar->count())
                m_sidebar->item(row)->setText(navigationText(page));
        });
    }
    rebuildNavigation();
}

void MainWindow::removePage(const QString &pageId)
{
    ConsolePage *gone = page(pageId);
    if (!gone)
        return;
    const bool wasCurrent = gone == currentPage();
    m_pages.removeOne(gone);
    m_stack->removeWidget(gone);
    gone->hide();
    gone->deleteLater();
    rebuildNavigation();
    if (!wasCurrent && currentPage())
        m_sidebar->setCurrentRow(int(m_pages.indexOf(currentPage())));
}

ConsolePage *MainWindow::page(const QString &pageId) const
{
    for (ConsolePage *p : m_pages) {
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

ConsolePage *MainWindow::currentPage() const
{
    return qobject_cast<ConsolePage *>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString &pageId)
{
    ConsolePage *wanted = page(pageId);
    if (!wanted)
        return false;
    m_sidebar->setCurrentRow(int(m_pages.indexOf(wanted)));
    return true;
}

void MainWindow::setAccount(const QString &email, const QString &role)
{
    m_email = email;
    m_role = role;
    retranslate();
}

void MainWindow::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    retranslate();
}

void MainWindow::restoreWindow(const QByteArray &geometry, const QByteArray &state)
{
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::rebuildNavigation()
{
    const QSignalBlocker blocker(m_sidebar);
    m_sidebar->clear();
    qDeleteAll(m_pageActions);
    m_pageActions.clear();
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        ConsolePage *page = m_pages.at(i);
        auto *item = new QListWidgetItem(page->icon(), navigationText(page), m_sidebar);
        item->setData(Qt::UserRole, page->pageId());
        auto *action = new QAction(page->icon(), page->title(), this);
        action->setObjectName(u"goto_"_s + page->pageId());
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, id = page->pageId()] { showPage(id); });
        m_goMenu->addAction(action);
        addAction(action); // shortcuts work while the menu bar is hidden too
        m_pageActions.append(action);
    }
    m_goMenu->setEnabled(!m_pages.isEmpty());
    if (m_pages.isEmpty()) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    ConsolePage *current = currentPage();
    const int row = current ? int(m_pages.indexOf(current)) : 0;
    m_sidebar->setCurrentRow(row);
    onCurrentRowChanged(row);
}

QString MainWindow::navigationText(const ConsolePage *page) const
{
    const QString badge = page->badge();
    return badge.isEmpty() ? page->title() : tr("%1 (%2)").arg(page->title(), badge);
}

void MainWindow::onCurrentRowChanged(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    ConsolePage *page = m_pages.at(row);
    const bool changed = m_stack->currentWidget() != page;
    m_stack->setCurrentWidget(page);
    m_undoGroup->setActiveStack(page->undoStack());
    setWindowTitle(tr("%1 — WedSync Admin").arg(page->title()));
    if (changed) {
        statusBar()->clearMessage();
        page->activate();
        Q_EMIT currentPageChanged(page->pageId());
    }
}

void MainWindow::pageDataUpdated(ConsolePage *page, const QDateTime &at, bool fromCache)
{
    if (page == currentPage())
        m_status->setLastUpdate(at, fromCache);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Style sheets resolve palette() when applied: apply the sidebar's again for a new theme.
    if (event->type() == QEvent::PaletteChange)
        m_sidebar->setStyleSheet(m_sidebar->styleSheet());
    QMainWindow::changeEvent(event);
}

QStringList MainWindow::pagesWithUnsavedChanges() const
{
    QStringList titles;
    for (const ConsolePage *page : m_pages) {
        if (page->hasUnsavedChanges())
            titles.append(page->title());
    }
    return titles;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeGuard && !m_closeGuard()) {
        event->ignore();
        return;
    }
    Q_EMIT closing();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&Console"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Reload the current screen (F5)"));
    m_settings->setText(tr("&Settings…"));
    m_signOut->setText(m_signedIn ? tr("Sign &out") : tr("Sign &in…"));
    m_quit->setText(tr("&Quit"));
    m_goMenu->setTitle(tr("&Go"));
    m_editMenu->setTitle(tr("&Edit"));
    showUndoTexts(m_undoGroup, m_undo, m_redo);

    m_sidebar->setAccessibleName(tr("Screens"));
    m_sidebar->setAccessibleDescription(tr("Choose a screen; Ctrl+1 to Ctrl+9 also switch"));
    m_stack->setAccessibleName(tr("Current screen"));
    m_contextBar->setWindowTitle(tr("Organization and wedding"));
    m_placeholder->setText(m_email.isEmpty() ? tr("Sign in to see your organizations.")
                                             : tr("There is no screen this account may open."));
    m_accountLabel->setText(m_email.isEmpty()      ? tr("Not signed in")
                                : m_role.isEmpty() ? m_email
                                                   : tr("%1 · %2").arg(m_email, m_role));
    m_accountLabel->setAccessibleName(tr("Signed-in account"));
    for (qsizetype i = 0; i < m_pages.size() && i < m_sidebar->count(); ++i) {
        m_sidebar->item(int(i))->setText(navigationText(m_pages.at(i)));
        m_sidebar->item(int(i))->setData(Qt::AccessibleTextRole, m_pages.at(i)->title());
        if (i < m_pageActions.size())
            m_pageActions.at(i)->setText(m_pages.at(i)->title());
    }
    if (ConsolePage *page = currentPage())
        setWindowTitle(tr("%1 — WedSync Admin").arg(page->title()));
    else
        setWindowTitle(tr("WedSync Admin"));
}

} // namespace wedsync
