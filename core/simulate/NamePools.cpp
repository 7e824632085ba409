#include "NamePools.h"

#include <array>

namespace carepulse::simulate {

namespace {

using namespace std::string_view_literals;

constexpr std::array kIndianMale = {
    "Aarav"sv, "Abhishek"sv, "Aditya"sv, "Ajay"sv, "Akash"sv, "Amit"sv, "Anand"sv, "Anil"sv, "Ankit"sv,
    "Arjun"sv, "Arun"sv, "Ashok"sv, "Deepak"sv, "Dev"sv, "Dinesh"sv, "Gaurav"sv, "Harish"sv, "Hemant"sv,
    "Ishaan"sv, "Jatin"sv, "Karan"sv, "Kiran"sv, "Krishna"sv, "Kunal"sv, "Lokesh"sv, "Mahesh"sv, "Manish"sv,
    "Manoj"sv, "Mohit"sv, "Mukesh"sv, "Naveen"sv, "Nikhil"sv, "Nitin"sv, "Pankaj"sv, "Pradeep"sv,
    "Prakash"sv, "Pranav"sv, "Prashant"sv, "Rahul"sv, "Rajesh"sv, "Rakesh"sv, "Ramesh"sv, "Ravi"sv,
    "Rohan"sv, "Rohit"sv, "Sachin"sv, "Sandeep"sv, "Sanjay"sv, "Santosh"sv, "Saurabh"sv, "Shiv"sv,
    "Siddharth"sv, "Sumit"sv, "Sunil"sv, "Suresh"sv, "Tarun"sv, "Varun"sv, "Vijay"sv, "Vikram"sv,
    "Vinay"sv, "Vishal"sv, "Vivek"sv, "Yash"sv, "Zubair"sv, "Imran"sv, "Farhan"sv, "Harpreet"sv,
    "Gurpreet"sv, "Venkat"sv, "Srinivas"sv,
};
constexpr std::array kIndianFemale = {
    "Aarti"sv, "Aishwarya"sv, "Ananya"sv, "Anita"sv, "Anjali"sv, "Ankita"sv, "Aparna"sv, "Bhavana"sv,
    "Deepa"sv, "Deepika"sv, "Divya"sv, "Gayatri"sv, "Geeta"sv, "Isha"sv, "Jyoti"sv, "Kavita"sv, "Kavya"sv,
    "Khushi"sv, "Lakshmi"sv, "Madhuri"sv, "Meena"sv, "Megha"sv, "Neha"sv, "Nisha"sv, "Pallavi"sv,
    "Pooja"sv, "Preeti"sv, "Priya"sv, "Priyanka"sv, "Radha"sv, "Rashmi"sv, "Rekha"sv, "Ritu"sv,
    "Sakshi"sv, "Sangeeta"sv, "Sarita"sv, "Shalini"sv, "Shilpa"sv, "Shreya"sv, "Shweta"sv, "Smita"sv,
    "Sneha"sv, "Sonal"sv, "Sunita"sv, "Swati"sv, "Tanvi"sv, "Uma"sv, "Usha"sv, "Vandana"sv, "Varsha"sv,
    "Vidya"sv, "Yamini"sv, "Zara"sv, "Nazia"sv, "Harleen"sv, "Simran"sv, "Lavanya"sv, "Revathi"sv,
    "Sowmya"sv, "Padma"sv,
};
constexpr std::array kIndianLast = {
    "Agarwal"sv, "Ahmed"sv, "Bansal"sv, "Banerjee"sv, "Bhat"sv, "Bose"sv, "Chandra"sv, "Chatterjee"sv,
    "Chauhan"sv, "Choudhary"sv, "Das"sv, "Desai"sv, "Dubey"sv, "Gandhi"sv, "Ghosh"sv, "Gill"sv, "Goyal"sv,
    "Gupta"sv, "Iyer"sv, "Jain"sv, "Joshi"sv, "Kapoor"sv, "Khan"sv, "Khanna"sv, "Kulkarni"sv, "Kumar"sv,
    "Malhotra"sv, "Mehta"sv, "Menon"sv, "Mishra"sv, "Mukherjee"sv, "Naidu"sv, "Nair"sv, "Pandey"sv,
    "Patel"sv, "Pillai"sv, "Prasad"sv, "Rao"sv, "Rathore"sv, "Reddy"sv, "Saxena"sv, "Sethi"sv, "Shah"sv,
    "Sharma"sv, "Shetty"sv, "Singh"sv, "Sinha"sv, "Srivastava"sv, "Subramanian"sv, "Thakur"sv, "Tiwari"sv,
    "Trivedi"sv, "Varma"sv, "Verma"sv, "Yadav"sv, "Krishnan"sv, "Hegde"sv, "Kaur"sv, "Qureshi"sv,
    "Rajan"sv, "Venkatesh"sv, "Dutta"sv, "Sen"sv, "Chopra"sv, "Arora"sv,
};
constexpr std::array kWesternMale = {
    "Aaron"sv, "Adam"sv, "Alex"sv, "Andrew"sv, "Anthony"sv, "Benjamin"sv, "Brandon"sv, "Brian"sv,
    "Charles"sv, "Christopher"sv, "Daniel"sv, "David"sv, "Dylan"sv, "Edward"sv, "Eric"sv, "Ethan"sv,
    "Gabriel"sv, "George"sv, "Henry"sv, "Ian"sv, "Jack"sv, "Jacob"sv, "James"sv, "Jason"sv, "Jeffrey"sv,
    "John"sv, "Jonathan"sv, "Joseph"sv, "Joshua"sv, "Justin"sv, "Kevin"sv, "Liam"sv, "Logan"sv, "Lucas"sv,
    "Mark"sv, "Matthew"sv, "Michael"sv, "Nathan"sv, "Nicholas"sv, "Noah"sv, "Oliver"sv, "Patrick"sv,
    "Paul"sv, "Peter"sv, "Richard"sv, "Robert"sv, "Ryan"sv, "Samuel"sv, "Scott"sv, "Sean"sv, "Stephen"sv,
    "Steven"sv, "Thomas"sv, "Timothy"sv, "Tyler"sv, "William"sv, "Carlos"sv, "Miguel"sv, "Luis"sv,
    "Jose"sv, "Marco"sv, "Owen"sv, "Connor"sv, "Graham"sv, "Harry"sv, "Callum"sv,
};
constexpr std::array kWesternFemale = {
    "Abigail"sv, "Alice"sv, "Amanda"sv, "Amy"sv, "Angela"sv, "Anna"sv, "Ashley"sv, "Ava"sv, "Brittany"sv,
    "Charlotte"sv, "Chloe"sv, "Christina"sv, "Claire"sv, "Danielle"sv, "Elizabeth"sv, "Ella"sv, "Emily"sv,
    "Emma"sv, "Grace"sv, "Hannah"sv, "Heather"sv, "Isabella"sv, "Jennifer"sv, "Jessica"sv, "Julia"sv,
    "Karen"sv, "Katherine"sv, "Laura"sv, "Lauren"sv, "Linda"sv, "Lisa"sv, "Madison"sv, "Maria"sv,
    "Megan"sv, "Melissa"sv, "Mia"sv, "Michelle"sv, "Nancy"sv, "Natalie"sv, "Nicole"sv, "Olivia"sv,
    "Rachel"sv, "Rebecca"sv, "Samantha"sv, "Sarah"sv, "Sophia"sv, "Stephanie"sv, "Susan"sv, "Taylor"sv,
    "Victoria"sv, "Zoe"sv, "Lucia"sv, "Camila"sv, "Sofia"sv, "Chelsea"sv, "Fiona"sv, "Holly"sv, "Joanne"sv,
};
constexpr std::array kWesternLast = {
    "Adams"sv, "Allen"sv, "Anderson"sv, "Baker"sv, "Bell"sv, "Brooks"sv, "Brown"sv, "Campbell"sv,
    "Carter"sv, "Clark"sv, "Collins"sv, "Cook"sv, "Cooper"sv, "Davies"sv, "Davis"sv, "Edwards"sv,
    "Evans"sv, "Fisher"sv, "Foster"sv, "Garcia"sv, "Gonzalez"sv, "Gray"sv, "Green"sv, "Hall"sv,
    "Harris"sv, "Hernandez"sv, "Hill"sv, "Hughes"sv, "Jackson"sv, "Johnson"sv, "Jones"sv, "Kelly"sv,
    "King"sv, "Lee"sv, "Lewis"sv, "Lopez"sv, "Martin"sv, "Martinez"sv, "Miller"sv, "Mitchell"sv,
    "Moore"sv, "Morgan"sv, "Morris"sv, "Murphy"sv, "Nelson"sv, "Parker"sv, "Perez"sv, "Phillips"sv,
    "Price"sv, "Roberts"sv, "Robinson"sv, "Rodriguez"sv, "Rogers"sv, "Russell"sv, "Scott"sv, "Smith"sv,
    "Stewart"sv, "Taylor"sv, "Thomas"sv, "Thompson"sv, "Turner"sv, "Walker"sv, "Ward"sv, "Watson"sv,
    "White"sv, "Williams"sv, "Wilson"sv, "Wood"sv, "Wright"sv, "Young"sv, "Tremblay"sv, "Gagnon"sv,
    "Roy"sv, "MacDonald"sv, "Fraser"sv, "Chen"sv, "Nguyen"sv, "Kim"sv, "Wong"sv, "OBrien"sv,
};
constexpr std::array kFilipinoLast = {
    "Aquino"sv, "Bautista"sv, "Castillo"sv, "Castro"sv, "Cruz"sv, "DelaCruz"sv, "Domingo"sv, "Flores"sv,
    "Garcia"sv, "Gonzales"sv, "Lim"sv, "Mendoza"sv, "Mercado"sv, "Navarro"sv, "Ocampo"sv, "Pascual"sv,
    "Ramos"sv, "Reyes"sv, "Rivera"sv, "Salazar"sv, "Santiago"sv, "Santos"sv, "Tan"sv, "Torres"sv,
    "Villanueva"sv, "Aguilar"sv, "Soriano"sv, "Manalo"sv, "Dizon"sv, "Valdez"sv, "Fernandez"sv, "Tolentino"sv,
};

constexpr NamePool kIndian = {kIndianMale, kIndianFemale, kIndianLast};
constexpr NamePool kWestern = {kWesternMale, kWesternFemale, kWesternLast};
constexpr NamePool kFilipino = {kWesternMale, kWesternFemale, kFilipinoLast};

} // namespace

const NamePool& namePool(NameOrigin origin)
{
    switch (origin) {
    case NameOrigin::Indian:
        return kIndian;
    case NameOrigin::Filipino:
        return kFilipino;
    case NameOrigin::Western:
        break;
    }
    return kWestern;
}

} // namespace carepulse::simulate
