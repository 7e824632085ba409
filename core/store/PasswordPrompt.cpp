#include "PasswordPrompt.h"

#include <QHash>

#include <mutex>

namespace carepulse {

namespace {

struct PromptState {
    std::mutex mutex;
    PasswordPrompt prompt;
    QHash<QString, QByteArray> remembered;
};

PromptState& state()
{
    static PromptState s;
    return s;
}

} // namespace

void setPasswordPrompt(PasswordPrompt prompt)
{
    std::lock_guard lock(state().mutex);
    state().prompt = std::move(prompt);
}

bool hasPasswordPrompt()
{
    std::lock_guard lock(state().mutex);
    return static_cast<bool>(state().prompt);
}

QByteArray rememberedPassword(const QString& account)
{
    std::lock_guard lock(state().mutex);
    return state().remembered.value(account);
}

void rememberPassword(const QString& account, const QByteArray& password)
{
    std::lock_guard lock(state().mutex);
    state().remembered.insert(account, password);
}

std::optional<QByteArray> askPassword(const QString& account, const QString& refusal)
{
    PasswordPrompt prompt;
    {
        std::lock_guard lock(state().mutex);
        prompt = state().prompt;
    }
    if (!prompt)
        return std::nullopt;
    std::optional<QByteArray> answer = prompt(account, refusal); // outside the lock: it may take a while
    if (answer) {
        std::lock_guard lock(state().mutex);
        state().remembered.insert(account, *answer);
    }
    return answer;
}

} // namespace carepulse
