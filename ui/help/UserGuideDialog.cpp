#include "help/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"userGuideDialog"_s);
    setWindowTitle(tr("WedSync Admin User Guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"userGuide"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setSource(QUrl(u"qrc:/guide/user-guide.md"_s), QTextDocument::MarkdownResource);
    fitPictures();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    setMinimumSize(640, 480);
    resize(820, 640);
}

void UserGuideDialog::fitPictures()
{
    // Screenshots are 1440 pixels wide: shown at a width that needs no sideways scrolling
    // (the height follows).
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            image.setWidth(PictureWidth);
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace wedsync
