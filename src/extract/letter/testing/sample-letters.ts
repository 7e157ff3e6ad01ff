/** Invented letters in the shapes real ones take, to fictional States (XAA-XAL), for the tests of this folder. */

export const ENGLISH_2024 = `

**Mandates of the Working Group on Arbitrary Detention; the Special Rapporteur on the
independence of judges and lawyers and the Special Rapporteur on torture and other cruel,
inhuman or degrading treatment or punishment**

Ref.: UA XAB 4/2024
(Please use this reference in your reply)

12 February 2024

Excellency,

We have the honour to address you in our capacities as Working Group on Arbitrary Detention; Special Rapporteur on the independence of judges and lawyers and Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment, pursuant to Human Rights Council resolutions 51/8, 44/8 and 52/7.

We wish to draw the urgent attention of your Excellency's Government to information we have received concerning the **alleged arbitrary detention of lawyer Ms. Orla Vantrees in Borelia.**

Ms. **Orla Vantrees** is a lawyer and the director of the Lantern Legal Aid Centre.

Her situation was raised in a previous communication sent on 3 May 2022 (AL XAB 2/2022).

According to the information received:

On 2 January 2024, Ms. Vantrees was arrested at her office. She was held without<sup>1</sup> access to a
lawyer for ten days.

---

<sup>1</sup> <https://example.org/a-footnote>

2

days, and then transferred to a remand centre.

While we do not wish to prejudge these allegations, we are gravely concerned by them.

Because the Council asks us to clarify the cases we learn of, we would welcome your observations on the following matters:

1. Kindly add any information or comment you wish to make on these allegations.
2. Please explain the legal basis for the arrest of Ms. Vantrees.
3. Please indicate the measures taken to protect lawyers in Borelia.

We would appreciate a reply within 60 days, after which this letter and any reply will be published on the [website](#).

Please note that a copy of this letter will be sent to the Governments of Dastan and Gorvask.

Please accept, Excellency, the assurances of our highest consideration.

Priya Ostrander
Chair-Rapporteur of the Working Group on Arbitrary Detention

Margaret Satterthwaite
Special Rapporteur on the independence of judges and lawyers

Anselm Vey
Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment

## **Annex**

### **Reference to international human rights law**

We would like to refer to articles 9 and 14 of the International Covenant on Civil and Political Rights (ICCPR), as interpreted in general comment No. 35 (CCPR/C/GC/35), and to the report A/HRC/45/16.

We also refer to the Basic Principles on the Role of Lawyers and to article 12 of the UN Declaration on Human Rights Defenders. The [REDACTED] office was searched.
`;

export const FRENCH_2023 = `Mandats du Groupe de travail sur la détention arbitraire; de la Rapporteuse spéciale sur la situation des défenseurs des droits humains et du Rapporteur spécial sur la torture et autres peines ou traitements cruels, inhumains ou dégradants

Référence : AL XAI 3/2023

Genève, le 14 mars 2023

Excellence,

Nous avons l'honneur de vous adresser cette communication en notre qualité de Groupe de travail sur la détention arbitraire; Rapporteuse spéciale sur la situation des défenseurs des droits humains et Rapporteur spécial sur la torture et autres peines ou traitements cruels, inhumains ou dégradants, conformément aux résolutions 51/8, 52/4 et 52/7 du Conseil des droits de l'homme.

À cet égard, nous souhaiterions attirer l'attention du Gouvernement de Votre Excellence sur des informations que nous avons reçues concernant la détention de M. Tomas Ferrandel, défenseur des droits humains.

Selon les informations reçues :

Le 2 février 2023, M. Ferrandel a été arrêté à Istrane.

Sans vouloir à ce stade préjuger des faits, nous exprimons notre préoccupation.

Nous vous serions reconnaissants de nous fournir vos observations sur les points suivants :

1. Veuillez fournir toute information complémentaire.
2. Veuillez indiquer la base légale de la détention de M. Ferrandel.

Nous vous serions reconnaissants de recevoir une réponse dans un délai de 60 jours.

Une copie de la présente lettre sera transmise au Gouvernement de la Jorvanie.

Veuillez agréer, Excellence, l'assurance de notre haute considération.

Ilse Marwood
Présidente-Rapporteuse du Groupe de travail sur la détention arbitraire

Mary Lawlor
Rapporteuse spéciale sur la situation des défenseurs des droits humains

Annexe
Références au droit international des droits de l'homme

Nous souhaitons rappeler l'article 9 du Pacte international relatif aux droits civils et politiques et les articles 1 et 2 de la Convention contre la torture.
`;

export const SPANISH_2022 = `Mandatos del Relator Especial sobre la promoción y protección del derecho a la libertad de opinión y de expresión y de la Relatora Especial sobre la situación de los defensores de derechos humanos

Referencia: UA XAL 5/2022

7 de junio de 2022

Excelencia:

Tenemos el honor de dirigirnos a Usted en nuestra calidad de Relator Especial sobre la promoción y protección del derecho a la libertad de opinión y de expresión y Relatora Especial sobre la situación de los defensores de derechos humanos, de conformidad con las resoluciones 43/4 y 43/16 del Consejo de Derechos Humanos.

En este sentido, quisiéramos señalar a la atención urgente del Gobierno de Su Excelencia la información que hemos recibido en relación con las amenazas contra la periodista Sra. Lucía Varendo.

Según la información recibida:

El 3 de mayo de 2022, la Sra. Varendo recibió amenazas de muerte.

Sin implicar, de antemano, una conclusión sobre los hechos, expresamos nuestra preocupación.

Quisiéramos pedir al Gobierno de Su Excelencia que nos proporcione información sobre las cuestiones siguientes:

1. Sírvase proporcionar cualquier información adicional.
2. Sírvase indicar las medidas adoptadas para proteger a la Sra. Varendo.
3. Sírvase indicar si se ha abierto una investigación.

Agradeceríamos recibir una respuesta en un plazo de 60 días.

Acepte, Excelencia, la expresión de nuestra más distinguida consideración.

Irene Khan
Relatora Especial sobre la promoción y protección del derecho a la libertad de opinión y de expresión

Mary Lawlor
Relatora Especial sobre la situación de los defensores de derechos humanos
`;

/** An older letter (2012): one mandate, "my capacity", the date before the reference, internal codes, numbers in words. */
export const ENGLISH_2012 = `Mandate of the Special Rapporteur on extrajudicial, summary or arbitrary executions

28 June 2012

REFERENCE: UA G/SO 214 (53-24) XAD 6/2012

Excellency,

I have the honour to address you in my capacity as Special Rapporteur on extrajudicial, summary or arbitrary executions pursuant to Human Rights Council resolution 17/5.

In this connection, I wish to draw the attention of your Excellency's Government to information I have received regarding death threats against the editor of the Dastan Evening Courier, Mr. Ravel Ostrov.

According to the information received:

On 20 June 2012, Mr. Ostrov received a threatening letter.

It is my responsibility under the mandate provided to me by the Human Rights Council to seek to clarify all cases brought to my attention. I would therefore be grateful for your observations on the following matters:

Are the facts alleged in the above summary of the case accurate?

Please provide the details of any investigation.

I would appreciate a response within sixty days.

Accept, Excellency, the assurances of my highest consideration.

Ottilie Brandvik
Special Rapporteur on extrajudicial, summary or arbitrary executions
`;
