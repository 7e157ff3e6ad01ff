/**
 * Facts in English, by theme. A fact is a clause that follows a date ("On 3 May 2021, ...");
 * an elaboration is a full sentence that can follow it. Written for this project: invented
 * events in invented places, in the register of Special Procedures letters.
 */
import type { FactContext as C } from './fact-context.js';
import type { Theme } from './themes.js';

type Fact = (c: C) => string;

const officers = (c: C) => c.pick(['plain-clothes officers', 'officers', 'masked men believed to be officers', 'agents', 'a group of uniformed officers']);
const held = (c: C) => c.pick(['held incommunicado', 'held without access to a lawyer', 'questioned for several hours', 'kept in a cell overnight', 'interrogated without a lawyer present']);

export const FACTS_EN: Record<Theme, Fact[]> = {
  arrest: [
    (c) => `${officers(c)} of the ${c.agency} arrested ${c.v} at ${c.p.his} home in ${c.city} without presenting a warrant, and seized ${c.p.his} laptop, telephone and several notebooks.`,
    (c) => `${c.v} was detained at the ${c.city} airport as ${c.p.he} was about to board a flight to attend a human rights training abroad.`,
    (c) => `the ${c.agency} summoned ${c.v} for questioning as a witness; at the end of the interview ${c.p.he} was informed that ${c.p.he} was now a suspect and was placed in temporary detention.`,
    (c) => `the investigator in charge of case No. ${c.caseNo} charged ${c.v} under article ${c.article} of the Criminal Code with "organising mass disorder", an offence punishable by up to ${c.n(5, 12)} years of imprisonment.`,
    (c) => `the ${c.court} ordered the pre-trial detention of ${c.v} for two months, a measure later extended ${c.n(2, 5)} times without an individual assessment of its necessity.`,
    (c) => `${c.v} was transferred to ${c.prison}, more than ${c.n(120, 600)} kilometres from ${c.p.his} family, which made visits by ${c.p.his} relatives and ${c.p.his} lawyer very difficult.`,
    (c) => `${c.other} was prevented from meeting ${c.v} for ${c.n(3, 21)} days on the grounds that the investigation was classified.`,
    (c) => `${c.v} was released on bail after ${c.n(14, 90)} days in detention, under a travel ban and an obligation to report weekly to the police station of the ${c.region} district.`,
  ],
  trial: [
    (c) => `the trial of ${c.all} opened before the ${c.court}; the hearings were closed to the public, to diplomats and to the press on grounds of national security.`,
    (c) => `the ${c.court} refused a request by the defence to call ${c.n(3, 9)} witnesses and to examine the expert report on which the prosecution relied.`,
    (c) => `the ${c.court} sentenced ${c.v} to ${c.n(3, 15)} years of imprisonment in a strict regime colony, finding ${c.p.him} guilty of "disseminating knowingly false information" and "inciting social discord".`,
    (c) => `the ${c.appealCourt} upheld the verdict in a hearing that lasted less than one hour; ${c.v} was allowed to take part only by video link from ${c.prison}.`,
    (c) => `the bar association of ${c.city} opened disciplinary proceedings against ${c.other}, who represents ${c.v}, after ${c.p.his} counsel publicly criticised the conduct of the investigation.`,
    (c) => `the prosecutor's office added a new charge of "abuse of office" in case No. ${c.caseNo}, based on the statements of two witnesses who later told the court that they had signed them under pressure.`,
    (c) => `the judge presiding over the case was replaced without explanation on the eve of the verdict.`,
  ],
  surveillance: [
    (c) => `a forensic analysis of ${c.v}'s mobile telephone found traces of spyware that had been active on the device for at least ${c.n(2, 14)} months.`,
    (c) => `${c.v} noticed that ${c.p.he} was being followed by the same two vehicles without registration plates between ${c.p.his} home on ${c.street} and the office of ${c.org}.`,
    (c) => `a pro-government television channel broadcast private conversations of ${c.v} with ${c.p.his} family and with sources, which could only have been obtained through interception of ${c.p.his} communications.`,
    (c) => `${c.v} received an automated security notice stating that ${c.p.his} accounts might have been targeted by State-sponsored attackers.`,
    (c) => `officers of the ${c.agency} visited the neighbours of ${c.v} in ${c.city} and asked them to report on ${c.p.his} visitors and movements.`,
    (c) => `photographs of ${c.v} taken without ${c.p.his} knowledge at a meeting in ${c.city2} were published on an anonymous channel together with ${c.p.his} home address.`,
  ],
  eviction: [
    (c) => `the municipality of ${c.city} issued eviction orders to some ${c.n(40, 900)} families living in the ${c.village} neighbourhood, giving them ${c.n(3, 15)} days to leave their homes to make way for a commercial development.`,
    (c) => `bulldozers accompanied by police officers demolished ${c.n(20, 400)} houses in ${c.village} in the early morning, while most residents were at work and children were at school.`,
    (c) => `the residents of ${c.village} were not consulted on the redevelopment plan and were offered neither adequate alternative housing nor compensation.`,
    (c) => `the water supply to the remaining houses of ${c.village} was cut off, and the only school of the neighbourhood was closed.`,
    (c) => `${c.v}, who had organised a petition of the residents, was fined for holding an "unauthorised gathering" in front of the town hall of ${c.city}.`,
    (c) => `families evicted from ${c.village} were moved to a site outside ${c.city} without running water, sanitation or electricity, some ${c.n(10, 40)} kilometres from their places of work.`,
  ],
  land: [
    (c) => `the Government granted ${c.company} a concession of ${c.n(2, 90)},000 hectares in the ${c.region} region, including land that the ${c.village} community has used for farming and grazing for generations.`,
    (c) => `private security guards employed by ${c.company} fenced off the communal forest of ${c.village} and prevented residents from reaching their fields and water sources.`,
    (c) => `a dam built for the project flooded the lower fields of ${c.village}, and fish stocks in the river fell sharply, according to the community.`,
    (c) => `the community of ${c.village} filed a complaint with the ${c.court}, arguing that no free, prior and informed consultation had taken place before the concession was granted.`,
    (c) => `${c.v}, a spokesperson of the community, received threatening telephone calls warning ${c.p.him} to stop "obstructing development" in ${c.region}.`,
    (c) => `tests by an independent laboratory found levels of lead and arsenic in the river water near ${c.village} many times above national limits, after waste from the mine reached the river.`,
    (c) => `${c.n(5, 40)} members of the ${c.village} community were charged with trespassing on land they have occupied for generations.`,
  ],
  journalist: [
    (c) => `${c.v} published an investigation on the outlet of ${c.org} into contracts awarded without tender by the administration of the ${c.region} region.`,
    (c) => `the Ministry of Information blocked access to the website of ${c.org} without a court decision, citing "extremist content" in an article by ${c.v}.`,
    (c) => `${c.v} was assaulted by unidentified men near ${c.p.his} home in ${c.city}; ${c.p.he} suffered a broken arm and head injuries, and ${c.p.his} camera was taken.`,
    (c) => `the police refused to register ${c.v}'s complaint about the assault, and no suspect has been identified to date.`,
    (c) => `${c.v} was accredited to cover a session of parliament, but ${c.p.his} accreditation was withdrawn the next day without explanation.`,
    (c) => `a court in ${c.city} ordered ${c.v} to pay damages equivalent to ${c.n(20, 300)} times the monthly minimum wage in a defamation suit brought by a senior official.`,
    (c) => `the tax authorities opened an audit of ${c.org} and froze its bank accounts, forcing it to suspend the salaries of its ${c.n(6, 40)} staff.`,
  ],
  protest: [
    (c) => `some ${c.n(2, 30)},000 people gathered peacefully on the central square of ${c.city} to protest against the results of the local elections.`,
    (c) => `riot police dispersed the assembly using batons, tear gas and rubber bullets; at least ${c.n(10, 150)} protesters were injured, ${c.n(2, 12)} of them seriously.`,
    (c) => `${c.v} was arrested as ${c.p.he} left the demonstration and was sentenced on the same day to ${c.n(10, 15)} days of administrative detention for taking part in an unauthorised event.`,
    (c) => `the city authorities of ${c.city} refused to authorise a march planned by ${c.org}, stating that the proposed route would "disturb traffic".`,
    (c) => `the police detained ${c.n(40, 600)} people across ${c.city} and ${c.city2}, including bystanders, students and several journalists wearing press vests.`,
    (c) => `a ${c.n(16, 25)}-year-old protester died in hospital in ${c.city} of injuries caused by a tear gas canister fired at close range.`,
    (c) => `the mobile internet was shut down in ${c.city} for ${c.n(2, 20)} days during and after the protests.`,
  ],
  'detention-conditions': [
    (c) => `${c.v} was placed in solitary confinement in ${c.prison} for ${c.n(15, 120)} days as a disciplinary measure for "refusing to greet the guards".`,
    (c) => `${c.v}'s relatives reported that ${c.p.he} shares a cell designed for ${c.n(4, 8)} people with ${c.n(12, 30)} other detainees, without ventilation and with one toilet.`,
    (c) => `${c.v}, who has a chronic heart condition, was denied access to a cardiologist and to the medicines brought by ${c.p.his} family.`,
    (c) => `${c.v} began a hunger strike to protest against the conditions of ${c.p.his} detention and the refusal of the administration to allow family visits.`,
    (c) => `guards at ${c.prison} allegedly beat ${c.v} after ${c.p.he} filed a complaint with the prosecutor's office; ${c.p.he} was then moved to a punishment cell.`,
    (c) => `the administration of ${c.prison} confiscated ${c.p.his} letters to ${c.p.his} lawyer and refused to forward ${c.p.his} complaints to the court.`,
  ],
  'death-in-custody': [
    (c) => `${c.v} was taken into custody at the police station of the ${c.region} district of ${c.city} for questioning about a theft.`,
    (c) => `${c.p.his} family was informed that ${c.v} had died in custody, reportedly of "heart failure"; ${c.p.he} was ${c.n(19, 58)} years old and had no known health problems.`,
    (c) => `relatives who saw the body at the morgue in ${c.city} reported bruises on the face and wrists and burns on the feet.`,
    (c) => `the authorities buried ${c.v} without the presence of ${c.p.his} family and refused their request for an independent autopsy.`,
    (c) => `the prosecutor's office of ${c.city} declined to open a criminal investigation into the death, finding "no evidence of a crime".`,
    (c) => `two officers who had guarded ${c.v} were transferred to another district; no disciplinary or criminal proceedings were initiated against them.`,
  ],
  disappearance: [
    (c) => `${c.v} was taken from ${c.p.his} car on the road between ${c.city} and ${c.city2} by men in civilian clothes who forced ${c.p.him} into an unmarked minibus.`,
    (c) => `the ${c.agency} and the police of ${c.city} denied holding ${c.v} when ${c.p.his} family enquired, and refused to register their complaint.`,
    (c) => `${c.p.his} family filed a petition for habeas corpus with the ${c.court}, which was rejected on the grounds that there was "no proof of detention".`,
    (c) => `a former detainee reported having seen ${c.v} in an unofficial detention facility on the outskirts of ${c.city2}, in poor physical condition.`,
    (c) => `${c.other}, a relative of ${c.v} who had been searching for ${c.p.him}, received a warning that ${c.p.his} own family would "suffer the same fate".`,
    (c) => `the fate and whereabouts of ${c.v} remain unknown, ${c.n(2, 30)} months after ${c.p.his} abduction.`,
  ],
  'women-defender': [
    (c) => `${c.v} spoke at a public forum in ${c.city} about the absence of shelters for survivors of domestic violence in the ${c.region} region.`,
    (c) => `an online campaign accused ${c.v} of "destroying traditional family values"; posts containing threats of rape and death against ${c.p.him} were shared thousands of times.`,
    (c) => `the police declined to investigate the threats against ${c.v}, saying that ${c.p.he} should "avoid provoking people on the internet".`,
    (c) => `the premises of ${c.org} in ${c.city} were searched and its files on survivors of violence were seized, exposing confidential information about women who had sought help.`,
    (c) => `${c.v} was charged with "defamation" after publishing, with the consent of a survivor, an account of a case of sexual violence that the police had failed to investigate.`,
    (c) => `a senior official described ${c.org} on television as a "foreign-funded network" that "turns women against their husbands".`,
  ],
  lgbti: [
    (c) => `police raided a private gathering in ${c.city} and detained ${c.n(8, 60)} people on the basis of their presumed sexual orientation or gender identity.`,
    (c) => `several of those detained were subjected to forced anal examinations and were photographed, and their images were leaked to the press.`,
    (c) => `${c.v}, a transgender woman and a peer educator with ${c.org}, was beaten in the street in ${c.city}; police officers present did not intervene.`,
    (c) => `the ${c.court} ordered the closure of ${c.org}, holding that its work "promotes non-traditional relationships" to minors.`,
    (c) => `a hospital in ${c.city} refused to continue HIV treatment for ${c.v} after ${c.p.his} identity was disclosed by a local news site.`,
  ],
  religion: [
    (c) => `police interrupted a prayer meeting held in a private home in ${c.village} and recorded the identities of the ${c.n(10, 80)} believers present.`,
    (c) => `${c.v}, a leader of a religious minority community in ${c.city}, was fined for "unregistered religious activity" and ${c.p.his} religious books were confiscated.`,
    (c) => `the authorities of ${c.region} refused, for the ${c.n(3, 9)}th time, to register the community as a religious organisation, citing minor errors in its statutes.`,
    (c) => `the place of worship of the community in ${c.city2} was sealed by court order, and its members were told to worship only in their homes.`,
    (c) => `${c.v} was charged with "inciting religious hatred" on the basis of an expert opinion on sermons posted online, which the defence was not allowed to challenge.`,
  ],
  legislation: [
    (c) => `a draft law "${c.law}" was introduced in parliament by a group of deputies and adopted at first reading within ${c.n(2, 14)} days, without public consultation.`,
    (c) => `the draft law would require any association receiving funds from abroad to register as an "organisation performing the functions of a foreign agent" and to mark all its publications accordingly.`,
    (c) => `the draft defines "extremism" to include any activity that "undermines trust in State institutions", without further precision.`,
    (c) => `the law would allow the Ministry of Justice to suspend an association for up to six months without a court order, on the basis of an unannounced inspection.`,
    (c) => `under the proposed amendments, organisers of an assembly would have to notify the authorities ${c.n(10, 30)} days in advance, and spontaneous assemblies would be prohibited.`,
    (c) => `the law "${c.law}" entered into force after being signed by the President, with its most restrictive provisions unchanged.`,
    (c) => `the draft would give the security services access to the content of electronic communications without prior judicial authorisation, for renewable periods of ${c.n(3, 12)} months.`,
  ],
};

/** Sentences that can follow any fact, to give a letter its length. */
export const ELABORATIONS_EN: Fact[] = [
  (c) => `According to the source, the authorities did not inform ${c.v} of the reasons for these measures.`,
  (c) => `${c.other} lodged a complaint with the prosecutor's office of ${c.city}, which has not responded.`,
  (c) => `Witnesses interviewed by ${c.org} gave consistent accounts of these events.`,
  (c) => `The events were widely discussed on social media under the hashtag #Justice${c.village}.`,
  (c) => `Reportedly, the ${c.agency} later described the operation as "preventive" in a statement to the press.`,
  (c) => `A video of the incident, filmed by a passer-by on ${c.street}, was later removed from several platforms.`,
  (c) => `The family of ${c.v} learned of these events only ${c.n(2, 9)} days later, from a neighbour.`,
  (c) => `It is reported that similar measures were taken against at least ${c.n(3, 25)} other members of ${c.org} in the same period.`,
  (c) => `The ombudsperson of ${c.state} was informed but has not taken any public position.`,
  (c) => `${c.v} had previously received warnings from local officials in ${c.region} to "keep quiet".`,
  (c) => `The decision was taken in a closed session of the ${c.court}, and no written reasons were given.`,
  (c) => `Local residents in ${c.village} reported an increased presence of police vehicles in the days that followed.`,
  (c) => `The source reports that the official record of these events contains several inconsistencies as to times and places.`,
  (c) => `The same day, a State-owned newspaper published an article portraying ${c.v} as acting "on the orders of foreign sponsors".`,
  (c) => `Requests by international observers to attend were denied.`,
  (c) => `Case file No. ${c.caseNo} remains classified, and the defence has not been given a copy.`,
];

/** Introductions of a victim, after the bold full name: `Ms. **Name** is ...`. */
export const BIOS_EN: Array<(c: C) => string> = [
  (c) => `is a ${c.role} based in ${c.city} and a member of ${c.org}, an organisation that ${c.pick(['documents abuses by the authorities', 'works for the rule of law', 'supports victims of violations'])}.`,
  (c) => `is a ${c.role} who has worked for more than ${c.n(3, 25)} years with ${c.org} in the ${c.region} region.`,
  (c) => `is a ${c.role} and a founder of ${c.org}.`,
  (c) => `is a ${c.role} known for ${c.p.his} work on accountability and public participation in ${c.state}.`,
];
