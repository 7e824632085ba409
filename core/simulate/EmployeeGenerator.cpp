#include "EmployeeGenerator.h"

#include "NamePools.h"
#include "Random.h"
#include "TsvWriter.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace carepulse::simulate {

namespace {

constexpr double kAgentsPerLead = 13.5; // the brief's 12-15 agents per team lead
constexpr std::uint32_t kFirstKey = 10001;

// Centre sizes vary (some vendors run much bigger floors); every centre keeps at least 3 people.
std::vector<std::size_t> centreSizes(std::size_t centreCount, std::size_t total, Random& random)
{
    std::vector<double> weights(centreCount);
    double sum = 0;
    for (double& w : weights) {
        w = random.uniform(0.5, 1.6);
        sum += w;
    }
    const std::size_t spare = total - 3 * centreCount;
    std::vector<std::size_t> sizes(centreCount);
    std::size_t assigned = 0;
    for (std::size_t c = 0; c < centreCount; ++c) {
        sizes[c] = 3 + static_cast<std::size_t>(static_cast<double>(spare) * weights[c] / sum);
        assigned += sizes[c];
    }
    for (std::size_t c = 0; assigned < total; c = (c + 1) % centreCount, ++assigned)
        ++sizes[c];
    return sizes;
}

// Unique random keys in a range about 5/3 the head count, like the real keys (1,000 real employees in
// 000000_0 have keys 10,143..499,786 among 300,024 employees).
class KeyAllocator {
public:
    KeyAllocator(std::size_t count, const std::vector<std::uint32_t>& reserved)
        : m_span(static_cast<std::uint32_t>(count + count * 2 / 3 + 16))
    {
        std::uint32_t top = kFirstKey + m_span;
        for (const std::uint32_t key : reserved)
            top = std::max(top, key + 1);
        m_used.assign(top, false);
        for (const std::uint32_t key : reserved)
            m_used[key] = true;
    }

    std::uint32_t take(Random& random)
    {
        for (;;) {
            const std::uint32_t key = kFirstKey + random.below(m_span);
            if (!m_used[key]) {
                m_used[key] = true;
                return key;
            }
        }
    }

private:
    std::uint32_t m_span;
    std::vector<bool> m_used;
};

NameOrigin pickOrigin(const std::string& country, Random& random)
{
    const double u = random.uniform();
    if (country == "IN")
        return u < 0.92 ? NameOrigin::Indian : NameOrigin::Western;
    if (country == "PH")
        return u < 0.85 ? NameOrigin::Filipino : NameOrigin::Western;
    return u < 0.78 ? NameOrigin::Western : NameOrigin::Indian;
}

void nameEmployee(Employee& e, const std::string& country, Random& random)
{
    const NamePool& pool = namePool(pickOrigin(country, random));
    e.gender = random.chance(0.52) ? 'F' : 'M';
    const auto& first = e.gender == 'F' ? pool.femaleFirst : pool.maleFirst;
    e.firstName = first[random.below(static_cast<std::uint32_t>(first.size()))];
    e.lastName = pool.last[random.below(static_cast<std::uint32_t>(pool.last.size()))];
}

// Managers were hired long ago, agents mostly recently (turnover is high on contact-centre floors).
std::uint32_t hireDay(EmployeeRole role, std::int64_t latestDay, Random& random)
{
    std::int64_t daysBack = 0;
    switch (role) {
    case EmployeeRole::CentreManager:
        daysBack = random.between(4 * 365, 15 * 365);
        break;
    case EmployeeRole::TeamLead:
        daysBack = random.between(540, 10 * 365);
        break;
    case EmployeeRole::Agent: {
        const double u = random.uniform();
        daysBack = 21 + static_cast<std::int64_t>(u * u * 6 * 365);
        break;
    }
    }
    return static_cast<std::uint32_t>(latestDay - daysBack);
}

// The real seed cases' agents, per centre, so that replaying 000000_0 later finds its employees.
std::map<std::size_t, std::vector<std::uint32_t>> seedAgentsByCentre(const ReferenceData& reference)
{
    std::map<std::size_t, std::vector<std::uint32_t>> byCentre;
    for (const SeedCase& seed : reference.seedCases)
        byCentre[seed.centre].push_back(seed.employeeKey);
    for (auto& [centre, keys] : byCentre) {
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    }
    return byCentre;
}

} // namespace

std::size_t minimumEmployeeCount(const ReferenceData& reference)
{
    return 3 * reference.centres.size();
}

EmployeeDirectory generateEmployees(const ReferenceData& reference, std::size_t count, std::uint64_t seed,
                                    Timestamp hiredBefore)
{
    Random random(seed, StreamEmployees);
    const std::size_t centreCount = reference.centres.size();
    const std::vector<std::size_t> sizes = centreSizes(centreCount, count, random);
    const std::int64_t latestHireDay = hiredBefore / kSecondsPerDay - 1;

    std::vector<std::size_t> leadCounts(centreCount);
    bool reserveSeedAgents = true;
    auto seedAgents = seedAgentsByCentre(reference);
    for (std::size_t c = 0; c < centreCount; ++c) {
        const auto leads = static_cast<std::size_t>(static_cast<double>(sizes[c] - 1) / (kAgentsPerLead + 1) + 0.5);
        leadCounts[c] = std::clamp<std::size_t>(leads, 1, sizes[c] - 2);
        const std::size_t agents = sizes[c] - 1 - leadCounts[c];
        // Small data sets (tests) skip the reservation: the seed's agents would crowd out everyone else.
        if (agents < 2 * seedAgents[c].size())
            reserveSeedAgents = false;
    }
    std::vector<std::uint32_t> reserved;
    if (reserveSeedAgents) {
        for (const auto& [centre, keys] : seedAgents)
            reserved.insert(reserved.end(), keys.begin(), keys.end());
    }
    KeyAllocator keys(count, reserved);

    EmployeeDirectory directory;
    directory.employees.reserve(count);
    for (std::size_t c = 0; c < centreCount; ++c) {
        const std::string& country = reference.centres[c].country;
        auto add = [&](EmployeeRole role, std::uint32_t key, std::uint32_t managerKey) {
            Employee e;
            e.key = key;
            e.managerKey = managerKey;
            e.centre = static_cast<std::uint16_t>(c);
            e.role = role;
            e.hireDay = hireDay(role, latestHireDay, random);
            nameEmployee(e, country, random);
            directory.employees.push_back(e);
            if (role == EmployeeRole::Agent)
                directory.agents.push_back({key, e.centre});
            return key;
        };
        const std::uint32_t managerKey = add(EmployeeRole::CentreManager, keys.take(random), 0);
        std::vector<std::uint32_t> leads(leadCounts[c]);
        for (auto& lead : leads)
            lead = add(EmployeeRole::TeamLead, keys.take(random), managerKey);
        const std::size_t agentCount = sizes[c] - 1 - leads.size();
        const std::vector<std::uint32_t>& seedKeys = seedAgents[c];
        for (std::size_t a = 0; a < agentCount; ++a) {
            const std::uint32_t key = reserveSeedAgents && a < seedKeys.size() ? seedKeys[a] : keys.take(random);
            add(EmployeeRole::Agent, key, leads[a % leads.size()]); // even teams
        }
    }

    std::sort(directory.employees.begin(), directory.employees.end(),
              [](const Employee& a, const Employee& b) { return a.key < b.key; });
    std::sort(directory.agents.begin(), directory.agents.end(),
              [](const Agent& a, const Agent& b) { return a.key < b.key; });
    directory.maxKey = directory.employees.empty() ? 0 : directory.employees.back().key;
    return directory;
}

namespace {

void appendLower(std::string& out, std::string_view text)
{
    for (const char c : text)
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
}

} // namespace

void writeEmployees(const EmployeeDirectory& directory, TsvWriter& writer)
{
    writer.header({"emp_key", "first_name", "last_name", "email", "gender", "ldap", "hire_date", "manager"});
    std::string scratch;
    char key[12];
    for (const Employee& e : directory.employees) {
        const auto keyLength = static_cast<std::size_t>(std::to_chars(key, key + sizeof key, e.key).ptr - key);
        const std::string_view keyText(key, keyLength);
        writer.number(e.key);
        writer.text(e.firstName);
        writer.text(e.lastName);
        // The key makes e-mail and LDAP id unique however often a name repeats.
        scratch.clear();
        appendLower(scratch, e.firstName);
        scratch.push_back('.');
        appendLower(scratch, e.lastName);
        scratch.append(keyText);
        scratch.append("@futurecart.com");
        writer.text(scratch);
        writer.text(std::string_view(&e.gender, 1));
        scratch.clear();
        appendLower(scratch, e.firstName.substr(0, 1));
        appendLower(scratch, e.lastName);
        scratch.append(keyText);
        writer.text(scratch);
        writer.text(formatDate(static_cast<Timestamp>(e.hireDay) * kSecondsPerDay));
        if (e.managerKey != 0)
            writer.number(e.managerKey);
        else
            writer.empty();
        writer.endRow();
    }
}

} // namespace carepulse::simulate
