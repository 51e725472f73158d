"""A time zone per country, so nobody is written to at night.

A pure table (the IANA zone of the capital or of most people); a facilitator
can set another zone for one person (a country spanning several zones, or
someone living elsewhere). ``zoneinfo`` is the standard library's reading
of the IANA data: used here as data, the clock still comes in as an argument.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC_ZONE = "UTC"
_NAME = re.compile(r"^[A-Za-z_]{2,20}(/[A-Za-z0-9_+-]{2,30}){1,2}$")

_TABLE = """
DZ Africa/Algiers AO Africa/Luanda BJ Africa/Porto-Novo BW Africa/Gaborone BF Africa/Ouagadougou
BI Africa/Bujumbura CV Atlantic/Cape_Verde CM Africa/Douala CF Africa/Bangui TD Africa/Ndjamena
KM Indian/Comoro CG Africa/Brazzaville CD Africa/Kinshasa CI Africa/Abidjan DJ Africa/Djibouti
EG Africa/Cairo GQ Africa/Malabo ER Africa/Asmara SZ Africa/Mbabane ET Africa/Addis_Ababa
GA Africa/Libreville GM Africa/Banjul GH Africa/Accra GN Africa/Conakry GW Africa/Bissau
KE Africa/Nairobi LS Africa/Maseru LR Africa/Monrovia LY Africa/Tripoli MG Indian/Antananarivo
MW Africa/Blantyre ML Africa/Bamako MR Africa/Nouakchott MU Indian/Mauritius MA Africa/Casablanca
MZ Africa/Maputo NA Africa/Windhoek NE Africa/Niamey NG Africa/Lagos RW Africa/Kigali
ST Africa/Sao_Tome SN Africa/Dakar SC Indian/Mahe SL Africa/Freetown SO Africa/Mogadishu
ZA Africa/Johannesburg SS Africa/Juba SD Africa/Khartoum TZ Africa/Dar_es_Salaam TG Africa/Lome
TN Africa/Tunis UG Africa/Kampala ZM Africa/Lusaka ZW Africa/Harare EH Africa/El_Aaiun
RE Indian/Reunion YT Indian/Mayotte SH Atlantic/St_Helena
AR America/Argentina/Buenos_Aires BO America/La_Paz BR America/Sao_Paulo CL America/Santiago
CO America/Bogota CR America/Costa_Rica CU America/Havana DO America/Santo_Domingo
EC America/Guayaquil SV America/El_Salvador GT America/Guatemala HN America/Tegucigalpa
MX America/Mexico_City NI America/Managua PA America/Panama PY America/Asuncion PE America/Lima
UY America/Montevideo VE America/Caracas BZ America/Belize GY America/Guyana
SR America/Paramaribo HT America/Port-au-Prince JM America/Jamaica TT America/Port_of_Spain
BS America/Nassau BB America/Barbados LC America/St_Lucia VC America/St_Vincent
GD America/Grenada AG America/Antigua DM America/Dominica KN America/St_Kitts
PR America/Puerto_Rico GF America/Cayenne GP America/Guadeloupe MQ America/Martinique
AF Asia/Kabul AM Asia/Yerevan AZ Asia/Baku BH Asia/Bahrain BD Asia/Dhaka BT Asia/Thimphu
BN Asia/Brunei KH Asia/Phnom_Penh CN Asia/Shanghai GE Asia/Tbilisi IN Asia/Kolkata
ID Asia/Jakarta IR Asia/Tehran IQ Asia/Baghdad IL Asia/Jerusalem JO Asia/Amman JP Asia/Tokyo
KZ Asia/Almaty KW Asia/Kuwait KG Asia/Bishkek LA Asia/Vientiane LB Asia/Beirut
MY Asia/Kuala_Lumpur MV Indian/Maldives MN Asia/Ulaanbaatar MM Asia/Yangon NP Asia/Kathmandu
KP Asia/Pyongyang OM Asia/Muscat PK Asia/Karachi PS Asia/Gaza PH Asia/Manila QA Asia/Qatar
SA Asia/Riyadh SG Asia/Singapore KR Asia/Seoul LK Asia/Colombo SY Asia/Damascus
TW Asia/Taipei TJ Asia/Dushanbe TH Asia/Bangkok TL Asia/Dili TR Europe/Istanbul
TM Asia/Ashgabat AE Asia/Dubai UZ Asia/Tashkent VN Asia/Ho_Chi_Minh YE Asia/Aden
HK Asia/Hong_Kong MO Asia/Macau FJ Pacific/Fiji PG Pacific/Port_Moresby SB Pacific/Guadalcanal
VU Pacific/Efate WS Pacific/Apia TO Pacific/Tongatapu KI Pacific/Tarawa TV Pacific/Funafuti
NR Pacific/Nauru FM Pacific/Pohnpei MH Pacific/Majuro PW Pacific/Palau NC Pacific/Noumea
PF Pacific/Tahiti
US America/New_York CA America/Toronto GB Europe/London FR Europe/Paris DE Europe/Berlin
ES Europe/Madrid PT Europe/Lisbon IT Europe/Rome NL Europe/Amsterdam BE Europe/Brussels
CH Europe/Zurich SE Europe/Stockholm NO Europe/Oslo DK Europe/Copenhagen FI Europe/Helsinki
IE Europe/Dublin AT Europe/Vienna PL Europe/Warsaw RU Europe/Moscow UA Europe/Kyiv
AU Australia/Sydney NZ Pacific/Auckland
"""

COUNTRY_ZONES: dict[str, str] = dict(zip(_TABLE.split()[::2], _TABLE.split()[1::2], strict=True))


def zone_name(country: str | None, override: str | None = None) -> str:
    """The person's zone: the one set for them, else their country's, else UTC."""
    if override and is_zone(override):
        return override
    return COUNTRY_ZONES.get((country or "").upper(), UTC_ZONE)


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(UTC_ZONE)


def is_zone(name: str) -> bool:
    """A zone a facilitator may set: a known IANA name (``Asia/Jayapura``)."""
    if not _NAME.match(name):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
