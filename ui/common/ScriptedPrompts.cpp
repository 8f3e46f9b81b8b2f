#include "common/ScriptedPrompts.h"

namespace wedsync {

void ScriptedPrompts::clear()
{
    m_fileNames.clear();
    m_openNames.clear();
    m_confirmations.clear();
    m_options.clear();
    m_asked.clear();
}

QString ScriptedPrompts::saveFileName(QWidget *, const QString &title, const QString &suggestedName,
                                      const QString &)
{
    m_asked.append({Asked::Kind::SaveFileName, title, suggestedName, {}, {}});
    return m_fileNames.isEmpty() ? QString() : m_fileNames.dequeue();
}

QString ScriptedPrompts::openFileName(QWidget *, const QString &title, const QString &)
{
    m_asked.append({Asked::Kind::OpenFileName, title, {}, {}, {}});
    return m_openNames.isEmpty() ? QString() : m_openNames.dequeue();
}

bool ScriptedPrompts::confirm(QWidget *, const QString &title, const QString &text, const QString &)
{
    m_asked.append({Asked::Kind::Confirm, title, text, {}, {}});
    return !m_confirmations.isEmpty() && m_confirmations.dequeue();
}

bool ScriptedPrompts::confirmWithOption(QWidget *, const QString &title, const QString &text,
                                        const QString &, const QString &optionLabel,
                                        bool *optionChecked)
{
    m_asked.append({Asked::Kind::Confirm, title, text, {}, optionLabel});
    const bool answer = !m_confirmations.isEmpty() && m_confirmations.dequeue();
    const bool ticked = !m_options.isEmpty() && m_options.dequeue();
    if (optionChecked)
        *optionChecked = answer && ticked;
    return answer;
}

void ScriptedPrompts::inform(QWidget *, const QString &title, const QString &text,
                             const QString &details)
{
    m_asked.append({Asked::Kind::Inform, title, text, details, {}});
}

} // namespace wedsync
