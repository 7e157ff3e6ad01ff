/**
 * Invented people are drawn from these naming traditions. Each tradition lists given names
 * (female, male), family names and the spelling rules that turn one written form into another
 * (transliteration from another script, diacritics dropped, letters doubled), so that the same
 * person can be written differently in different letters, as happens in real correspondence.
 */

export interface SpellingRule {
  /** What to look for (a plain substring or a pattern). */
  from: RegExp;
  to: string;
}

export interface NameCulture {
  id: string;
  female: readonly string[];
  male: readonly string[];
  /** Family names; `{f}` marks where a feminine ending goes (`Tulegenov{f}` → `Tulegenova`). */
  family: readonly string[];
  feminineEnding?: string;
  /** Optional middle element (patronymic, second surname, particle) to widen the pool. */
  middle?: { female: readonly string[]; male: readonly string[] };
  rules: readonly SpellingRule[];
}

const r = (from: RegExp, to: string): SpellingRule => ({ from, to });

/** Diacritics people drop when typing, or that a transliteration system adds. */
export const STRIP_DIACRITICS: SpellingRule = r(/[\u0300-\u036f]/g, '');

export const NAME_CULTURES: readonly NameCulture[] = [
  {
    id: 'central-asian',
    female: ['Aigerim', 'Zhanar', 'Saule', 'Gulnara', 'Aizhan', 'Asel', 'Botagoz', 'Kamila', 'Dariga', 'Yerkezhan', 'Moldir', 'Akmaral', 'Zhuldyz', 'Nurgul', 'Aliya'],
    male: ['Yerlan', 'Nurlan', 'Daulet', 'Askhat', 'Bakhytzhan', 'Timur', 'Zhanibek', 'Serikbol', 'Marat', 'Yerzhan', 'Kairat', 'Azamat', 'Olzhas', 'Zhandos', 'Beibit'],
    family: ['Tulegenov{f}', 'Baimukhanbayev{f}', 'Zhaksylykov{f}', 'Kenzhebayev{f}', 'Omarbekov{f}', 'Sarsenbayev{f}', 'Abdykhalykov{f}', 'Zhumabayev{f}', 'Nurkhanov{f}', 'Yesimkhanov{f}', 'Kassymov{f}', 'Batyrkhanov{f}', 'Ermekbayev{f}', 'Dzhaksybekov{f}', 'Mukhtarov{f}', 'Shaikenov{f}'],
    feminineEnding: 'a',
    middle: { female: [''], male: [''] },
    rules: [r(/aye/g, 'ae'), r(/ayev/g, 'aev'), r(/^Ye/g, 'E'), r(/zh/g, 'j'), r(/kh/g, 'h'), r(/ss/g, 's'), r(/Dzh/g, 'J'), r(/zh/g, 'zzh'), r(/y/g, 'i')],
  },
  {
    id: 'arabic',
    female: ['Fatima', 'Maryam', 'Nour', 'Layla', 'Amira', 'Huda', 'Rania', 'Samira', 'Yasmin', 'Salma', 'Hanan', 'Zeinab', 'Asmaa', 'Dalia', 'Ruqayya'],
    male: ['Mohammed', 'Abdelrahman', 'Youssef', 'Khaled', 'Omar', 'Hussein', 'Tareq', 'Fareed', 'Qasim', 'Mahmoud', 'Saeed', 'Ibrahim', 'Walid', 'Hisham', 'Mustafa'],
    family: ['al-Masri', 'Abdelkader', 'el-Sharif', 'Haddad', 'al-Qahtani', 'Bouzid', 'Mansour', 'al-Zoubi', 'Khalifa', 'Ben Youssef', 'al-Rashidi', 'Nasrallah', 'el-Hajj', 'Darwish', 'al-Tamimi', 'Saadeddine'],
    middle: { female: ['', 'Ahmed', 'Ali'], male: ['', 'Ahmed', 'Ali'] },
    rules: [r(/Mohammed/g, 'Muhammad'), r(/ou/g, 'u'), r(/ee/g, 'i'), r(/Q/g, 'K'), r(/q/g, 'k'), r(/el-/g, 'al-'), r(/al-/g, 'Al '), r(/dd/g, 'd'), r(/Abdel/g, 'Abd al-'), r(/ei/g, 'ay')],
  },
  {
    id: 'latin-american',
    female: ['María José', 'Lucía', 'Ximena', 'Sofía', 'Valentina', 'Inés', 'Guadalupe', 'Mónica', 'Rocío', 'Paola', 'Yesenia', 'Marisol', 'Adriana', 'Berta', 'Dolores'],
    male: ['José Luis', 'Andrés', 'Joaquín', 'Héctor', 'Rubén', 'Sebastián', 'Ramón', 'Efraín', 'Óscar', 'Germán', 'Julián', 'Tomás', 'Wilmer', 'Edgar', 'Fabián'],
    family: ['Martínez', 'Gutiérrez', 'Núñez', 'Ibáñez', 'Quispe', 'Valderrama', 'Castañeda', 'Peñaloza', 'Llanos', 'Sarmiento', 'Orellana', 'Mamani', 'Villalobos', 'Cárdenas', 'Echeverría', 'Zúñiga'],
    middle: { female: ['', 'Ramírez', 'Gómez', 'Sánchez'], male: ['', 'Ramírez', 'Gómez', 'Sánchez'] },
    rules: [STRIP_DIACRITICS, r(/ll/g, 'y'), r(/Qu/g, 'K'), r(/z$/g, 's')],
  },
  {
    id: 'slavic',
    female: ['Yulia', 'Tatiana', 'Natalya', 'Olga', 'Svetlana', 'Yevgeniya', 'Darya', 'Kseniya', 'Lyudmila', 'Anastasiya', 'Iryna', 'Valeriya', 'Zoya', 'Alyona', 'Marina'],
    male: ['Dmitriy', 'Aleksei', 'Yevgeniy', 'Sergei', 'Mikhail', 'Yuriy', 'Vitaliy', 'Nikolai', 'Andrei', 'Ilya', 'Vasiliy', 'Grigoriy', 'Konstantin', 'Pavel', 'Arkadiy'],
    family: ['Kovalenko', 'Zhuravlyov{f}', 'Belousov{f}', 'Yakovlev{f}', 'Khramtsov{f}', 'Shcherbakov{f}', 'Vorobyov{f}', 'Tkachenko', 'Lysenko', 'Ignatyev{f}', 'Solovyov{f}', 'Kharitonov{f}', 'Yefremov{f}', 'Zaitsev{f}', 'Polyakov{f}', 'Moroz'],
    feminineEnding: 'a',
    middle: { female: [''], male: [''] },
    rules: [r(/iy$/g, 'y'), r(/iy$/g, 'ii'), r(/ei$/g, 'ey'), r(/Kh/g, 'H'), r(/kh/g, 'h'), r(/ya/g, 'ia'), r(/yo/g, 'e'), r(/^Ye/g, 'E'), r(/yu/g, 'iu'), r(/ks/g, 'x'), r(/Zh/g, 'J')],
  },
  {
    id: 'east-african',
    female: ['Wanjiru', 'Achieng', 'Nyokabi', 'Amani', 'Neema', 'Zawadi', 'Atieno', 'Wambui', 'Nakato', 'Akello', 'Faith', 'Mercy', 'Grace', 'Rehema', 'Auma'],
    male: ['Odhiambo', 'Kiprono', 'Baraka', 'Juma', 'Onyango', 'Mwangi', 'Kipchoge', 'Otieno', 'Wekesa', 'Musa', 'Emmanuel', 'Daudi', 'Ochieng', 'Kamau', 'Ssemwogerere'],
    family: ['Odhiambo', 'Wafula', 'Nyamweya', 'Chepkoech', 'Kariuki', 'Ssekandi', 'Mutua', 'Okello', 'Njoroge', 'Barasa', 'Kibet', 'Muthoni', 'Achola', 'Mwakilema', 'Nsubuga', 'Owino'],
    middle: { female: ['', 'Grace', 'Mary'], male: ['', 'Peter', 'John'] },
    rules: [r(/dh/g, 'd'), r(/Ss/g, 'S'), r(/ss/g, 's'), r(/ch/g, 'sh'), r(/kk/g, 'k'), r(/ny/g, 'nj')],
  },
  {
    id: 'south-asian',
    female: ['Priyanka', 'Shabnam', 'Lakshmi', 'Farzana', 'Meenakshi', 'Rukhsana', 'Anjali', 'Sharmila', 'Nasreen', 'Kavitha', 'Deepa', 'Sadia', 'Tahmina', 'Shreya', 'Rehana'],
    male: ['Rajesh', 'Imran', 'Suresh', 'Vikram', 'Shafiqul', 'Arvind', 'Mahesh', 'Tanvir', 'Siddharth', 'Kamran', 'Rakesh', 'Javed', 'Anand', 'Harish', 'Nadeem'],
    family: ['Chaudhary', 'Srinivasan', 'Bhattacharya', 'Rahman', 'Venkatesh', 'Qureshi', 'Deshpande', 'Hossain', 'Sheikh', 'Subramaniam', 'Thakur', 'Mukherjee', 'Siddiqui', 'Raghavan', 'Choudhury', 'Iyer'],
    middle: { female: ['', 'Devi', 'Begum'], male: ['', 'Kumar', 'Uddin'] },
    rules: [r(/ee/g, 'i'), r(/sh/g, 's'), r(/v/g, 'w'), r(/Ch/g, 'Chh'), r(/aa/g, 'a'), r(/tt/g, 't'), r(/Q/g, 'K')],
  },
  {
    id: 'vietnamese',
    female: ['Thị Hồng', 'Thị Lan', 'Ngọc Ánh', 'Thu Hà', 'Thị Mai', 'Phương Thảo', 'Kim Oanh', 'Thị Huệ', 'Minh Thư', 'Bích Ngọc'],
    male: ['Văn Đức', 'Quốc Bảo', 'Minh Tuấn', 'Văn Hùng', 'Đình Khoa', 'Công Thành', 'Hữu Phước', 'Văn Lợi', 'Quang Huy', 'Trọng Nghĩa'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Huỳnh', 'Dương', 'Trịnh'],
    middle: { female: [''], male: [''] },
    rules: [STRIP_DIACRITICS, r(/Đ/g, 'D'), r(/đ/g, 'd')],
  },
  {
    id: 'west-african',
    female: ['Aïssatou', 'Fatoumata', 'Mariame', 'Kadiatou', 'Aminata', 'Rokhaya', 'Ndèye', 'Awa', 'Oumou', 'Binta', 'Coumba', 'Hawa'],
    male: ['Ousmane', 'Mamadou', 'Souleymane', 'Abdoulaye', 'Boubacar', 'Cheikh', 'Lamine', 'Moussa', 'Alassane', 'Ibrahima', 'Seydou', 'Issa'],
    family: ['Diallo', 'Traoré', 'Ouédraogo', 'Ndiaye', 'Koné', 'Sissoko', 'Camara', 'Diabaté', 'Kouyaté', 'Sawadogo', 'Coulibaly', 'Touré', 'Sanogo', 'Keïta'],
    middle: { female: [''], male: [''] },
    rules: [STRIP_DIACRITICS, r(/ou/g, 'u'), r(/ll/g, 'l'), r(/ss/g, 's'), r(/Ch/g, 'Sh')],
  },
  {
    id: 'turkic-kurdish',
    female: ['Şükran', 'Gülten', 'Zeynep', 'Hatice', 'Nurcan', 'Ayşegül', 'Berfin', 'Rojda', 'Çiğdem', 'Dilan', 'Sevgül', 'Leyla'],
    male: ['Mehmet Ali', 'Hüseyin', 'Rıza', 'Şerafettin', 'Kadir', 'Ercan', 'Baran', 'Doğan', 'Selahattin', 'Rojhat', 'Cengiz', 'İsmail'],
    family: ['Yıldırım', 'Aksoy', 'Çelik', 'Kılıç', 'Doğru', 'Güneş', 'Özdemir', 'Karakaş', 'Şahin', 'Tekin', 'Erdoğdu', 'Bozkurt', 'Akbaş', 'Yüksel'],
    middle: { female: [''], male: [''] },
    rules: [r(/ş/g, 's'), r(/Ş/g, 'S'), r(/ç/g, 'c'), r(/Ç/g, 'C'), r(/ğ/g, 'g'), r(/ı/g, 'i'), r(/İ/g, 'I'), r(/ö/g, 'o'), r(/ü/g, 'u'), r(/Ü/g, 'U')],
  },
];
