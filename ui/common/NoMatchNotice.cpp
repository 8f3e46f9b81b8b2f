#include "common/NoMatchNotice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace wedsync {

NoMatchNotice::NoMatchNotice(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_clear(new QPushButton(this))
{
    setObjectName(u"noMatchNotice"_s);
    m_text->setObjectName(u"noMatchText"_s);
    m_text->setWordWrap(true);
    m_clear->setObjectName(u"noMatchClear"_s);
    connect(m_clear, &QPushButton::clicked, this, &NoMatchNotice::clearRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clear);
    retranslate();
    hide();
}

void NoMatchNotice::setText(const QString &text)
{
    m_text->setText(text);
}

QString NoMatchNotice::text() const
{
    return m_text->text();
}

void NoMatchNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NoMatchNotice::retranslate()
{
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear the filters and show every row"));
}

} // namespace wedsync
