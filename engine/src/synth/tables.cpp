// Tables behind the Katapult-shaped generator. See tables.hpp and docs/generator.md.
#include "synth/tables.hpp"

#include <algorithm>

namespace ppsnet::synth::detail {

// Order matters: indices are used as topsector numbers throughout the generator.
const std::array<std::string_view, kNumTopsectors> kTopsectors{
    "Agri & Food", "Chemie", "Creatieve Industrie", "Energie", "HTSM", "Life Sciences & Health", "Logistiek",
    "Tuinbouw en Uitgangsmaterialen", "Water & Maritiem", "ICT"};
const std::array<double, kNumTopsectors> kTopsectorBase{2, 1, 1, 2, 3, 3, 2, 1, 1, 2};

namespace {

// Compiled from DUO "01. Instellingen hbo en wo" (January 2021): name, BRIN, municipality (CBS name via the
// municipality code), COROP region. Weights and CoE counts are calibration choices (docs/generator.md):
// mbo initiatives name Inholland, Fontys, Hogeschool Rotterdam and Zuyd most (Katapult 2019).
constexpr HigherEducation kHigherEducation[] = {
    // name, BRIN, municipality, COROP, wo, mbo_weight, CoEs, CoE-partner weight
    {"NHL Stenden Hogeschool", "31FR", "Leeuwarden", 4, false, 3, 2, 2},
    {"Christelijke Hogeschool Ede", "25BA", "Ede", 13, false, 1, 0, 0.5},
    {"Aeres Hogeschool", "30TX", "Ede", 13, false, 1, 1, 1},
    {"ArtEZ", "27NF", "Arnhem", 15, false, 0, 0, 0.3},
    {"Hogeschool Van Hall Larenstein", "30HD", "Rheden", 15, false, 1, 1, 1},
    {"Iselinge Hogeschool", "09OT", "Doetinchem", 14, false, 0, 0, 0},
    {"Hogeschool van Arnhem en Nijmegen", "25KB", "Arnhem", 15, false, 6, 3, 2},
    {"Hanzehogeschool Groningen", "25BE", "Groningen", 3, false, 5, 3, 2},
    {"Zuyd Hogeschool", "25JX", "Heerlen", 39, false, 11, 2, 2},
    {"Avans Hogeschool", "07GR", "Tilburg", 34, false, 6, 2, 2},
    {"Breda University of Applied Sciences", "21UI", "Breda", 33, false, 1, 1, 1},
    {"HAS Hogeschool", "21CW", "'s-Hertogenbosch", 35, false, 1, 1, 1},
    {"Fontys Hogescholen", "30GB", "Eindhoven", 36, false, 17, 4, 2},
    {"Pedagogische Hogeschool De Kempel", "08OK", "Helmond", 36, false, 0, 0, 0},
    {"Design Academy Eindhoven", "02NT", "Eindhoven", 36, false, 0, 0, 0.3},
    {"Gerrit Rietveld Academie", "02BY", "Amsterdam", 23, false, 0, 0, 0},
    {"Amsterdamse Hogeschool voor de Kunsten", "21QA", "Amsterdam", 23, false, 0, 0, 0.3},
    {"Hogeschool IPABO Amsterdam Alkmaar", "21UG", "Amsterdam", 23, false, 0, 0, 0},
    {"Hogeschool van Amsterdam", "28DN", "Amsterdam", 23, false, 5, 3, 2},
    {"Katholieke PABO Zwolle", "00IC", "Zwolle", 10, false, 0, 0, 0},
    {"Stichting Hogeschool Viaa", "22HH", "Zwolle", 10, false, 0, 0, 0},
    {"Saxion Hogeschool", "23AH", "Enschede", 12, false, 5, 2, 2},
    {"Christelijke Hogeschool Windesheim", "01VU", "Zwolle", 10, false, 4, 1, 2},
    {"Hogeschool voor de Kunsten Utrecht", "00MF", "Utrecht", 17, false, 0, 0, 0.3},
    {"Hogeschool Utrecht", "25DW", "Utrecht", 17, false, 5, 3, 2},
    {"Marnix Academie", "10IZ", "Utrecht", 17, false, 0, 0, 0},
    {"HZ University of Applied Sciences", "21MI", "Vlissingen", 32, false, 3, 2, 1},
    {"Codarts, Hogeschool voor de Kunsten", "14NI", "Rotterdam", 29, false, 0, 0, 0.3},
    {"Hogeschool Leiden", "21RI", "Leiden", 25, false, 2, 1, 1},
    {"Hogeschool Rotterdam", "22OJ", "Rotterdam", 29, false, 14, 3, 2},
    {"Hogeschool der Kunsten Den Haag", "23KJ", "'s-Gravenhage", 26, false, 0, 0, 0.3},
    {"Driestar educatief", "15BK", "Gouda", 28, false, 0, 0, 0},
    {"Hogeschool INHOLLAND", "27PZ", "Rotterdam", 29, false, 20, 2, 2},
    {"De Haagse Hogeschool", "27UM", "'s-Gravenhage", 26, false, 3, 2, 2},
    {"Hogeschool Thomas More", "30VP", "Rotterdam", 29, false, 0, 0, 0},
    {"Hotelschool The Hague", "02NR", "'s-Gravenhage", 26, false, 0, 0, 0.3},
    {"Wageningen University", "21PI", "Wageningen", 13, true, 0, 0, 3},
    {"Theologische Universiteit Apeldoorn", "21QO", "Apeldoorn", 13, true, 0, 0, 0},
    {"Radboud Universiteit Nijmegen", "21PM", "Nijmegen", 15, true, 0, 0, 2},
    {"Rijksuniversiteit Groningen", "21PC", "Groningen", 3, true, 0, 0, 2},
    {"Universiteit Maastricht", "21PJ", "Maastricht", 39, true, 0, 0, 2},
    {"Open Universiteit Nederland", "22NC", "Heerlen", 39, true, 0, 0, 0.5},
    {"Technische Universiteit Eindhoven", "21PG", "Eindhoven", 36, true, 0, 0, 3},
    {"Tilburg University", "21PN", "Tilburg", 34, true, 0, 0, 1},
    {"Protestantse Theologische Universiteit", "00DV", "Amsterdam", 23, true, 0, 0, 0},
    {"Universiteit van Amsterdam", "21PK", "Amsterdam", 23, true, 0, 0, 2},
    {"Vrije Universiteit Amsterdam", "21PL", "Amsterdam", 23, true, 0, 0, 2},
    {"Universiteit Twente", "21PH", "Enschede", 12, true, 0, 0, 3},
    {"Theologische Universiteit van de Gereformeerde Kerk (Vrijg) in Nederland", "25AV", "Kampen", 10, true, 0, 0,
     0},
    {"Universiteit Utrecht", "21PD", "Utrecht", 17, true, 0, 0, 2},
    {"Universiteit voor Humanistiek", "23BF", "Utrecht", 17, true, 0, 0, 0},
    {"Erasmus Universiteit Rotterdam", "21PE", "Rotterdam", 29, true, 0, 0, 2},
    {"Technische Universiteit Delft", "21PF", "Delft", 27, true, 0, 0, 3},
    {"Universiteit Leiden", "21PB", "Leiden", 25, true, 0, 0, 2},
};

// CBS 2024 municipality names per COROP region, the region's main municipality first (checked against
// shared/data/raw/derived_gemeente_corop_provincie_2024.csv by tests/unit/synth).
constexpr std::string_view kMun01[] = {"Stadskanaal", "Veendam", "Oldambt"};
constexpr std::string_view kMun02[] = {"Eemsdelta"};
constexpr std::string_view kMun03[] = {"Groningen", "Westerkwartier", "Midden-Groningen"};
constexpr std::string_view kMun04[] = {"Leeuwarden", "Waadhoeke", "Dantumadiel"};
constexpr std::string_view kMun05[] = {"Súdwest-Fryslân", "De Fryske Marren"};
constexpr std::string_view kMun06[] = {"Heerenveen", "Smallingerland", "Opsterland"};
constexpr std::string_view kMun07[] = {"Assen", "Tynaarlo", "Noordenveld"};
constexpr std::string_view kMun08[] = {"Emmen", "Coevorden", "Borger-Odoorn"};
constexpr std::string_view kMun09[] = {"Hoogeveen", "Meppel", "Westerveld"};
constexpr std::string_view kMun10[] = {"Zwolle", "Kampen", "Hardenberg"};
constexpr std::string_view kMun11[] = {"Deventer", "Raalte", "Olst-Wijhe"};
constexpr std::string_view kMun12[] = {"Enschede", "Hengelo (O.)", "Almelo"};
constexpr std::string_view kMun13[] = {"Apeldoorn", "Ede", "Harderwijk", "Wageningen"};
constexpr std::string_view kMun14[] = {"Doetinchem", "Winterswijk", "Oude IJsselstreek"};
constexpr std::string_view kMun15[] = {"Arnhem", "Nijmegen", "Zevenaar"};
constexpr std::string_view kMun16[] = {"Tiel", "West Betuwe", "Zaltbommel"};
constexpr std::string_view kMun17[] = {"Utrecht", "Amersfoort", "Nieuwegein"};
constexpr std::string_view kMun18[] = {"Den Helder", "Hollands Kroon", "Schagen"};
constexpr std::string_view kMun19[] = {"Alkmaar", "Dijk en Waard", "Heiloo"};
constexpr std::string_view kMun20[] = {"Velsen", "Beverwijk", "Heemskerk"};
constexpr std::string_view kMun21[] = {"Haarlem", "Heemstede", "Zandvoort"};
constexpr std::string_view kMun22[] = {"Zaanstad", "Wormerland"};
constexpr std::string_view kMun23[] = {"Amsterdam", "Haarlemmermeer", "Amstelveen"};
constexpr std::string_view kMun24[] = {"Hilversum", "Gooise Meren", "Huizen"};
constexpr std::string_view kMun25[] = {"Leiden", "Katwijk", "Leiderdorp"};
constexpr std::string_view kMun26[] = {"'s-Gravenhage", "Zoetermeer", "Leidschendam-Voorburg"};
constexpr std::string_view kMun27[] = {"Delft", "Westland", "Midden-Delfland"};
constexpr std::string_view kMun28[] = {"Gouda", "Alphen aan den Rijn", "Bodegraven-Reeuwijk"};
constexpr std::string_view kMun29[] = {"Rotterdam", "Schiedam", "Capelle aan den IJssel", "Lansingerland"};
constexpr std::string_view kMun30[] = {"Dordrecht", "Gorinchem", "Zwijndrecht"};
constexpr std::string_view kMun31[] = {"Terneuzen", "Hulst", "Sluis"};
constexpr std::string_view kMun32[] = {"Middelburg (Z.)", "Vlissingen", "Goes"};
constexpr std::string_view kMun33[] = {"Breda", "Roosendaal", "Bergen op Zoom", "Moerdijk"};
constexpr std::string_view kMun34[] = {"Tilburg", "Waalwijk", "Oisterwijk"};
constexpr std::string_view kMun35[] = {"'s-Hertogenbosch", "Oss", "Meierijstad"};
constexpr std::string_view kMun36[] = {"Eindhoven", "Helmond", "Veldhoven", "Nuenen, Gerwen en Nederwetten"};
constexpr std::string_view kMun37[] = {"Venlo", "Venray", "Horst aan de Maas"};
constexpr std::string_view kMun38[] = {"Roermond", "Weert", "Leudal"};
constexpr std::string_view kMun39[] = {"Maastricht", "Heerlen", "Sittard-Geleen"};
constexpr std::string_view kMun40[] = {"Almere", "Lelystad", "Dronten"};

const std::array<std::span<const std::string_view>, 41> kMunicipalities{{
    {},     kMun01, kMun02, kMun03, kMun04, kMun05, kMun06, kMun07, kMun08, kMun09, kMun10,
    kMun11, kMun12, kMun13, kMun14, kMun15, kMun16, kMun17, kMun18, kMun19, kMun20,
    kMun21, kMun22, kMun23, kMun24, kMun25, kMun26, kMun27, kMun28, kMun29, kMun30,
    kMun31, kMun32, kMun33, kMun34, kMun35, kMun36, kMun37, kMun38, kMun39, kMun40,
}};

constexpr ForeignCountry kForeign[] = {
    {"DE", 35, "GmbH", {"Aachen", "Düsseldorf", "Münster"}},
    {"BE", 30, "NV", {"Antwerpen", "Gent", "Hasselt"}},
    {"GB", 7, "Ltd", {"London", "Manchester", ""}},
    {"FR", 6, "SAS", {"Lille", "Paris", "Lyon"}},
    {"DK", 3, "A/S", {"Aarhus", "København", ""}},
    {"SE", 3, "AB", {"Göteborg", "Stockholm", ""}},
    {"IT", 3, "S.r.l.", {"Milano", "Torino", ""}},
    {"ES", 3, "S.L.", {"Barcelona", "Bilbao", ""}},
    {"AT", 2, "GmbH", {"Wien", "Linz", ""}},
    {"CH", 2, "AG", {"Zürich", "Basel", ""}},
    {"PL", 2, "Sp. z o.o.", {"Wrocław", "Poznań", ""}},
    {"NO", 1, "AS", {"Oslo", "", ""}},
    {"IE", 1, "Ltd", {"Dublin", "", ""}},
    {"FI", 1, "Oy", {"Tampere", "", ""}},
};

constexpr std::string_view kHeads[] = {
    "Van Dijk", "De Vries", "Bakker", "Jansen", "Visser", "Smit", "Mulder", "De Boer", "Meijer", "Bos",
    "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "Brouwer", "De Wit", "Dijkstra", "Smits", "De Graaf",
    "Van der Meer", "Van der Linden", "Kok", "Jacobs", "De Haan", "Vermeulen", "Van den Heuvel", "Van der Veen",
    "Van den Berg", "Kuipers", "Veenstra", "Hoekstra", "Postma", "Willems", "Schouten", "Prins", "Huisman",
    "Koster", "Blom", "Timmermans", "Nova", "Delta", "Arcus", "Vectra", "Lumen", "Orion", "Polder", "Zilver",
    "Kompas", "Horizon", "Vireo", "Quadra", "Tessel", "Merel", "Noorder", "Zuider", "Ooster", "Wester", "Brons",
    "Kristal", "Eikhorst", "Lindeboom", "Zeeuw", "Brabo", "Limes", "Veluws", "Twentse", "Hollandia", "Friso",
    "Rijnland"};

constexpr std::string_view kWords0[] = {"Food", "Zuivel", "Agro", "Bakkerij", "Veevoeders", "Vleeswaren"};
constexpr std::string_view kWords1[] = {"Chemie", "Coatings", "Kunststoffen", "Process", "Polymers"};
constexpr std::string_view kWords2[] = {"Media", "Design", "Studio", "Communicatie", "Games"};
constexpr std::string_view kWords3[] = {"Installatietechniek", "Energie", "Solar", "Elektrotechniek", "Warmte"};
constexpr std::string_view kWords4[] = {"Techniek", "Precisie", "Machinebouw", "Metaal", "Automation", "Robotics"};
constexpr std::string_view kWords5[] = {"Zorg", "Thuiszorg", "Medical", "Farma", "Zorggroep"};
constexpr std::string_view kWords6[] = {"Logistiek", "Transport", "Distributie", "Cargo", "Warehousing"};
constexpr std::string_view kWords7[] = {"Kwekerij", "Plantenteelt", "Greenhouse", "Bloemen", "Zaden"};
constexpr std::string_view kWords8[] = {"Scheepsbouw", "Waterbouw", "Marine", "Offshore", "Baggerwerken"};
constexpr std::string_view kWords9[] = {"Software", "IT", "Data", "Cybersecurity", "Solutions"};
const std::array<std::span<const std::string_view>, kNumTopsectors> kWords{
    kWords0, kWords1, kWords2, kWords3, kWords4, kWords5, kWords6, kWords7, kWords8, kWords9};

constexpr std::string_view kMbo0[] = {"Food Academy", "Agrifood Werkplaats", "Smart Farming Lab", "Vakcentrum Voeding"};
constexpr std::string_view kMbo1[] = {"Procestechniek Campus", "Biobased Werkplaats", "Procesindustrie Academie",
                                      "Chemie Leerlab"};
constexpr std::string_view kMbo2[] = {"Creative Media Hub", "Design Werkplaats", "Game Lab", "Mediacampus"};
constexpr std::string_view kMbo3[] = {"Energietransitie Academie", "Installatiewerkplaats", "Smart Energy Lab",
                                      "Waterstof Werkplaats"};
constexpr std::string_view kMbo4[] = {"Smart Industry Fieldlab", "Mechatronica Centrum", "Techniekhuis",
                                      "Maakindustrie Academie"};
constexpr std::string_view kMbo5[] = {"Zorginnovatiecentrum", "Zorgacademie", "Health Innovation Lab",
                                      "Zorgtechnologie Werkplaats"};
constexpr std::string_view kMbo6[] = {"Logistiek Leercentrum", "Supply Chain Campus", "Mainport Academie",
                                      "Logistieke Werkplaats"};
constexpr std::string_view kMbo7[] = {"Greenport Academie", "Tuinbouw Innovatiecentrum", "Teeltlab",
                                      "Kas van de Toekomst"};
constexpr std::string_view kMbo8[] = {"Maritieme Academie", "Waterbouwcampus", "Deltalab", "Haven Werkplaats"};
constexpr std::string_view kMbo9[] = {"Cybersecurity Lab", "Data Academie", "ICT Campus", "Software Werkplaats"};
const std::array<std::span<const std::string_view>, kNumTopsectors> kMboThemes{kMbo0, kMbo1, kMbo2, kMbo3, kMbo4,
                                                                              kMbo5, kMbo6, kMbo7, kMbo8, kMbo9};

constexpr std::string_view kCoe0[] = {"Food Innovation", "Healthy Food", "Sustainable Agri", "Dairy Innovation"};
constexpr std::string_view kCoe1[] = {"Biobased Economy", "Process Technology", "Circular Plastics", "Green Chemistry"};
constexpr std::string_view kCoe2[] = {"Creative Industry", "Media Design", "Smart Culture", "Digital Storytelling"};
constexpr std::string_view kCoe3[] = {"Smart Energy", "Energy Transition", "Renewable Energy", "Hydrogen"};
constexpr std::string_view kCoe4[] = {"Smart Manufacturing", "Mechatronics & Robotics", "High Tech Materials",
                                      "Smart Industry"};
constexpr std::string_view kCoe5[] = {"Healthy Ageing", "Health Innovation", "Care Technology", "Sport & Vitality"};
constexpr std::string_view kCoe6[] = {"Logistics Innovation", "Supply Chain", "Smart Mobility", "Port Logistics"};
constexpr std::string_view kCoe7[] = {"Greenport Innovation", "Horticulture", "Plant Sciences", "Urban Greening"};
constexpr std::string_view kCoe8[] = {"Delta Technology", "Maritime", "Water Technology", "Offshore Wind"};
constexpr std::string_view kCoe9[] = {"Cyber Security", "Data Science", "Digital Society", "Smart Cities"};
const std::array<std::span<const std::string_view>, kNumTopsectors> kCoeThemes{kCoe0, kCoe1, kCoe2, kCoe3, kCoe4,
                                                                              kCoe5, kCoe6, kCoe7, kCoe8, kCoe9};

// Real organisations and their seats; topsector = the initiatives they are most likely to join.
constexpr OtherOrganisation kOther[] = {
    {"vno-ncw", "VNO-NCW", "branch-organisation", "'s-Gravenhage", 26, -1},
    {"mkb-nederland", "MKB-Nederland", "branch-organisation", "'s-Gravenhage", 26, -1},
    {"techniek-nederland", "Techniek Nederland", "branch-organisation", "Zoetermeer", 26, 3},
    {"fme", "FME", "branch-organisation", "Zoetermeer", 26, 4},
    {"metaalunie", "Koninklijke Metaalunie", "branch-organisation", "Nieuwegein", 17, 4},
    {"bouwend-nederland", "Bouwend Nederland", "branch-organisation", "Zoetermeer", 26, 3},
    {"lto", "LTO Nederland", "branch-organisation", "'s-Gravenhage", 26, 0},
    {"evofenedex", "evofenedex", "branch-organisation", "Zoetermeer", 26, 6},
    {"glastuinbouw-nl", "Glastuinbouw Nederland", "branch-organisation", "Lansingerland", 29, 7},
    {"actiz", "ActiZ", "branch-organisation", "Utrecht", 17, 5},
    {"nederland-ict", "Nederland ICT", "branch-organisation", "Utrecht", 17, 9},
    {"nmt", "Netherlands Maritime Technology", "branch-organisation", "Rotterdam", 29, 8},
    {"tno", "TNO", "research-institute", "'s-Gravenhage", 26, -1},
    {"deltares", "Deltares", "research-institute", "Delft", 27, 8},
    {"marin", "MARIN", "research-institute", "Wageningen", 13, 8},
    {"nlr", "Koninklijk NLR", "research-institute", "Amsterdam", 23, 4},
    {"brainport-development", "Brainport Development", "other", "Eindhoven", 36, 4},
    {"oost-nl", "Oost NL", "other", "Arnhem", 15, -1},
    {"bom", "Brabantse Ontwikkelings Maatschappij", "other", "Tilburg", 34, -1},
    {"innovationquarter", "InnovationQuarter", "other", "'s-Gravenhage", 26, -1},
    {"nom", "NOM", "other", "Groningen", 3, -1},
    {"liof", "LIOF", "other", "Venlo", 37, -1},
    {"horizon-flevoland", "Horizon Flevoland", "other", "Lelystad", 40, -1},
    {"economic-board-utrecht", "Economic Board Utrecht", "other", "Utrecht", 17, -1},
};

}  // namespace

std::span<const HigherEducation> higher_education() { return kHigherEducation; }

std::span<const std::string_view> municipalities(std::uint8_t corop) {
  return corop < kMunicipalities.size() ? kMunicipalities[corop] : std::span<const std::string_view>{};
}

// Calibration: initiatives per COROP region (mbo + CoE). Province sums (docs/generator.md):
// Groningen 8, Friesland 9, Drenthe 8, Overijssel 11, Flevoland 7, Gelderland 17, Utrecht 9,
// Noord-Holland 19, Zuid-Holland 23, Zeeland 8, Noord-Brabant 60, Limburg 12 = 191.
const std::array<int, 41> kInitiativesPerCorop{
    0,
    2, 1, 5,        // 01-03 Groningen
    4, 2, 3,        // 04-06 Friesland
    3, 3, 2,        // 07-09 Drenthe
    4, 1, 6,        // 10-12 Overijssel
    5, 3, 7, 2,     // 13-16 Gelderland
    9,              // 17 Utrecht
    2, 2, 1, 2, 2, 8, 2,  // 18-24 Noord-Holland
    3, 4, 3, 2, 9, 2,     // 25-30 Zuid-Holland
    2, 6,           // 31-32 Zeeland
    14, 13, 13, 20, // 33-36 Noord-Brabant
    4, 3, 5,        // 37-39 Limburg
    7,              // 40 Flevoland
};

double regional_share_target(std::uint8_t corop) {
  switch (corop) {
    // Katapult 2019: 80-95% of partners from the own or a neighbouring COROP region.
    case 24: case 31: case 38: case 22: case 21: return 0.875;
    // Katapult 2019: 53-60% from outside the own and neighbouring regions (we aim at 56.5% outside).
    case 4: case 5: case 28: case 10: case 33: return 0.435;
    default: {
      // "In between: about 2/3 regional." Spread a little per region (deterministic, by code).
      return 0.62 + 0.1 * static_cast<double>((corop * 7) % 11) / 10.0;
    }
  }
}

double international_share_target(std::uint8_t corop) {
  switch (corop) {
    case 4: case 5: case 28: case 10: case 33: return 0.11;
    default: return 0.06;
  }
}

std::array<double, kNumTopsectors> topsector_leaning(std::uint8_t corop) {
  std::array<double, kNumTopsectors> m;
  m.fill(1.0);
  enum { AF, CH, CI, EN, HT, LSH, LOG, TU, WM, ICT };
  switch (corop) {
    case 1: case 2: m[EN] = 3; m[CH] = 2; break;
    case 3: m[EN] = 3; m[LSH] = 2; break;
    case 4: case 5: case 6: m[AF] = 2; m[WM] = 2; break;
    case 7: case 8: case 9: m[AF] = 2; m[EN] = 2; break;
    case 10: case 11: m[LOG] = 2; m[HT] = 1.5; break;
    case 12: m[HT] = 3; m[ICT] = 1.5; break;
    case 13: m[AF] = 3; break;
    case 14: m[HT] = 2; m[AF] = 1.5; break;
    case 15: m[LSH] = 2; m[EN] = 1.5; break;
    case 16: m[AF] = 2; m[LOG] = 2; break;
    case 17: m[ICT] = 2; m[LSH] = 2; break;
    case 18: m[EN] = 2; m[WM] = 2; m[AF] = 2; break;
    case 19: case 20: m[HT] = 2; m[WM] = 1.5; break;
    case 21: case 22: m[AF] = 1.5; m[CI] = 1.5; break;
    case 23: m[CI] = 3; m[ICT] = 3; break;
    case 24: m[CI] = 4; break;
    case 25: m[LSH] = 3; m[TU] = 2; break;
    case 26: m[ICT] = 2; m[LSH] = 1.5; break;
    case 27: m[TU] = 5; break;
    case 28: m[TU] = 1.5; m[AF] = 1.5; break;
    case 29: m[LOG] = 3; m[CH] = 3; m[WM] = 2; break;
    case 30: m[WM] = 3; m[HT] = 1.5; break;
    case 31: m[CH] = 2; m[WM] = 2; break;
    case 32: m[WM] = 3; m[CH] = 2; break;
    case 33: m[LOG] = 2; m[CH] = 2; break;
    case 34: m[LOG] = 2; m[CI] = 1.5; break;
    case 35: m[AF] = 3; break;
    case 36: m[HT] = 4; m[ICT] = 1.5; break;
    case 37: m[TU] = 3; m[LOG] = 2; m[AF] = 2; break;
    case 38: m[HT] = 1.5; m[LOG] = 1.5; break;
    case 39: m[CH] = 3; m[LSH] = 2; break;
    case 40: m[AF] = 2; m[EN] = 2; break;
    default: break;
  }
  return m;
}

double economic_weight(std::uint8_t corop) {
  if (corop == 0 || corop > 40) return 0;
  double w = kInitiativesPerCorop[corop] + 1.0;
  if (corop == 23 || corop == 29 || corop == 17 || corop == 26 || corop == 36) w += 6;
  return w;
}

std::uint8_t aoc_corop(std::uint8_t province) {
  switch (province) {
    case 20: return 3;
    case 21: return 4;
    case 22: return 7;
    case 23: return 10;
    case 24: return 40;
    case 25: return 13;
    case 26: return 17;
    case 27: return 19;
    case 28: return 27;
    case 29: return 32;
    case 30: return 35;
    case 31: return 37;
    default: return 0;
  }
}

std::span<const ForeignCountry> foreign_countries() { return kForeign; }

bool borders_belgium(std::uint8_t corop) {
  constexpr std::uint8_t k[] = {31, 32, 33, 34, 36, 38, 39};
  return std::find(std::begin(k), std::end(k), corop) != std::end(k);
}
bool borders_germany(std::uint8_t corop) {
  constexpr std::uint8_t k[] = {1, 8, 12, 14, 15, 37, 38, 39};
  return std::find(std::begin(k), std::end(k), corop) != std::end(k);
}

std::span<const std::string_view> company_name_heads() { return kHeads; }
std::span<const std::string_view> company_name_words(int topsector) { return kWords.at(topsector); }
std::span<const std::string_view> mbo_themes(int topsector) { return kMboThemes.at(topsector); }
std::span<const std::string_view> coe_themes(int topsector) { return kCoeThemes.at(topsector); }
std::span<const OtherOrganisation> other_organisations() { return kOther; }

}  // namespace ppsnet::synth::detail
