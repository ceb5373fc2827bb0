// Common given names from many cultures as written in English-language news, with gender where
// a name is used for one sex. Evidence that a capitalized word starts a person's name.

const FEMALE = `
  Aaliyah Abigail Ada Adela Adele Adriana Agata Agnes Agnieszka Aiko Aisha Aishwarya Alejandra Alessandra Alexandra
  Alexandria Alice Alicia Alina Alisa Alison Allison Alma Alya Amal Amanda Amara Amber Amelia Amelie Amina Amira
  Amy Ana Anastasia Andrea Angela Angelica Angelina Anita Anja Anjali Ann Anna Anne Annette Annika Antonia Aria
  Ariana Ariel Arya Asha Ashley Astrid Aurora Ayesha Ayumi Barbara Beatrice Beatriz Bella Berta Beth Bethany
  Betty Beverly Bianca Birgit Brenda Bridget Brigitte Brittany Brooke Camila Camille Candice Cara Carla Carmen
  Carol Carolina Caroline Carolyn Cassandra Catalina Catherine Cecilia Celia Celine Charlotte Chelsea Cheryl
  Chiara Chloe Christina Christine Cindy Claire Clara Clarissa Claudia Colleen Constance Cristina Cynthia Dagmar
  Daisy Dana Daniela Danielle Daphne Daria Dawn Debbie Deborah Debra Denise Diana Diane Dina Dolores Donna Dora
  Doris Dorothy Edith Eileen Ekaterina Elaine Elena Eleanor Elif Elisa Elisabeth Eliza Elizabeth Ella Ellen Elsa
  Emilia Emily Emine Emma Erica Erika Esther Eva Evelyn Fatima Fatma Felicity Fernanda Fiona Florence Frances
  Francesca Freya Fumiko Gabriela Gabriele Gabrielle Gail Gemma Georgia Georgina Gina Giovanna Giulia Gisela Gloria
  Grace Greta Gretchen Gwen Hae-won Hailey Hana Hanna Hannah Harriet Hayley Heather Heidi Helen Helena Helga Hilary
  Hillary Holly Hope Ida Ilse Ines Inés Ingrid Irene Irina Iris Isabel Isabella Isabelle Ivana Jacqueline Jade
  Jana Jane Janet Janice Jasmine Jean Jeanne Jennifer Jenny Jessica Ji-woo Jill Jing Joan Joanna Jocelyn Johanna
  Josephine Joy Joyce Judith Judy Julia Julie Juliet Julieta Justine Kamala Karen Karin Karina Karine Kate Katarzyna
  Katharina Katherine Kathleen Kathryn Kathy Katie Katja Katrin Kayla Keiko Kelly Kim Kimberly Kira Kristen Kristin
  Kristina Laila Lara Laura Lauren Layla Leah Leila Lena Leona Lesley Leslie Lidia Liliana Lillian Lily Linda Lisa
  Liu Liz Lorena Lorraine Louisa Louise Lucia Lucía Lucy Ludmila Luisa Luiza Lyudmila Madeleine Madison Magdalena
  Maite Malak Malala Mara Marcela Margaret Margarita Margot Marguerite Maria María Mariam Mariana Marianne Marie
  Marina Marion Marisol Marta Martha Martina Mary Maryam Maya Megan Mei Melania Melanie Melissa Mercedes Meryl
  Mia Michaela Michelle Mila Milena Mina Miranda Miriam Misaki Molly Monica Monika Nadia Nadine Nadezhda Nancy Naomi
  Natalia Natalie Natasha Nathalie Neha Nicola Nicole Nina Noor Nora Norma Nour Nur Octavia Oksana Olena Olga Olivia
  Ophelia Paola Patricia Paula Pauline Penelope Petra Phoebe Pilar Polly Priya Priyanka Rachel Rania Raquel Rebecca
  Regina Renata Rita Roberta Rosa Rosalind Rose Rosemary Roxana Ruth Sabine Sabrina Sadie Sakura Salma Samantha
  Sandra Sara Sarah Sasha Savannah Selin Serena Shannon Sharon Sheila Shirley Silvia Simone Sinead Siobhan Sofia
  Sofía Sonia Sophia Sophie Stacy Stella Stephanie Susan Susanne Suzanne Svetlana Sylvia Tamar Tamara Tanya Tara
  Tatiana Tatyana Teresa Theresa Tiffany Tina Tracy Ulrike Ursula Valentina Valeria Vanessa Vera Veronica Victoria
  Viktoria Violet Virginia Vivian Wanda Wendy Ximena Yana Yasmin Yasmine Yelena Yolanda Yoko Yuki Yulia Yuliya
  Yvonne Zainab Zara Zeynep Zoe Zoë Zofia Zuzana Ngozi Chimamanda Nkechi Adaeze Wanjiru Amani Nia Thandiwe Zanele
  Olufunke Folake Aminata Mariama Fatoumata Oumou Kamila Dilnoza Gulnara Aigerim Aliya Dinara Leyla Shirin Parisa
  Maryam Zahra Narges Roya Golnaz Noa Yael Shira Tal Michal Ayelet Orly Keren Sunita Lakshmi Meera Kavita Deepa
  Pooja Shreya Sneha Nisha Rekha Indira Sonia Mehwish Sana Hina Ayumi Haruka Yui Naoko Minji Seo-yeon Ji-min Soo-jin
  Xiaomei Xiu Yan Li Na Fang Hui Lan Ling Ying Hua Qing Xia Yun Jia Ting Anh Linh Thu Huong Mai Lan Nguyet
`;

const MALE = `
  Aaron Abdul Abdullah Abdulrahman Abel Abraham Adam Adnan Adrian Ahmad Ahmed Aidan Akira Alan Albert Alberto
  Aleksandr Aleksander Aleksei Alexei Alexey Alessandro Alex Alexander Alexandre Alfonso Alfred Ali Alistair Amir
  Amit Anders Andre André Andreas Andrei Andrew Andrey Andrzej Angelo Anil Anthony Antoine Anton Antonio Antony
  Anwar Armando Arnold Arthur Arturo Arun Ashok Ashraf Aziz Bashar Basil Ben Benedict Benjamin Benoit Bernard Bernd
  Bill Billy Bjorn Björn Bob Bogdan Boris Brad Bradley Brandon Brett Brian Bruce Bruno Bryan Caleb Calvin Carl
  Carlos Carter Cedric Cesar César Charles Charlie Chen Chris Christian Christoph Christopher Claude Clement Clément
  Clifford Colin Conor Connor Craig Cristian Cristiano Curtis Cyril Dai Dale Damian Dan Daniel Daniele Dario Darren
  Dave David Dean Dennis Derek Desmond Diego Dieter Dimitri Dmitri Dmitry Dominic Dominik Donald Doug Douglas Duncan
  Dylan Eamon Ed Eddie Edgar Eduardo Edward Edwin Elias Elijah Elliot Emanuel Emil Emile Emmanuel Enrico Enrique
  Eric Erik Ernesto Ernst Esteban Ethan Eugene Evan Evgeny Fabian Fabio Farid Farhad Faisal Federico Felipe Felix
  Fernando Filip Florian Francesco Francis Francisco Franco Frank Franz Fred Frederick Friedrich Fumio Gabriel Gareth
  Gary Gavin Geoffrey George Georg Georgi Gerald Gerard Gerhard Giorgio Giovanni Giuseppe Glenn Gordon Graham Grant
  Greg Gregor Gregory Guido Guillaume Gunnar Gustavo Hamid Hamza Hans Harold Haruto Hassan Hector Heinrich Heinz
  Helmut Henri Henrik Henry Herbert Hiroshi Hossein Howard Hugh Hugo Hussein Ian Ibrahim Igor Ilya Imran Isaac Ismail
  Ivan Jack Jacob Jacques Jae-in Jaime Jake Jakub James Jamal Jan Jared Jason Javier Jean-Claude Jean-Luc Jean-Pierre
  Jeff Jeffrey Jens Jeremy Jerome Jerry Jesse Jesus Jesús Jiang Jim Jimmy Joachim Joaquin Joe Joel Johan Johannes
  John Jon Jonas Jonathan Jorge Jose José Josef Joseph Josh Joshua Juan Julian Julien Julio Jun Jürgen Jurgen Justin
  Kai Kamal Karim Karl Karol Kazuo Keir Keith Ken Kenji Kenneth Kevin Khaled Khalid Kim Klaus Konrad Kurt Kwame
  Kyle Lars Larry Laurent Lawrence Lee Leo Leon Leonardo Leonid Lewis Liam Lorenzo Louis Luca Lucas Luis Luiz Lukas
  Luke Maciej Magnus Mahmoud Malcolm Manuel Marc Marcel Marco Marcos Marcus Mario Mark Marko Martin Mateo Mateusz
  Mathias Matteo Matthew Matthias Max Maxim Maxime Maximilian Mehmet Michael Michel Miguel Mikhail Mike Miles Milos
  Min-jun Mirko Mitch Mitchell Mohamed Mohammad Mohammed Moammar Muammar Muhammad Mustafa Nabil Naftali Nasser
  Nathan Neil Nelson Niall Nicholas Nick Nicolas Nicola Niklas Nikolai Nikolay Nils Noah Norbert Oleg Oleksandr
  Oleksiy Oliver Olivier Omar Oscar Oskar Osman Otto Owen Pablo Paolo Pascal Patrick Paul Paulo Pavel Pedro Peter
  Petr Petro Phil Philip Philippe Pierre Piotr Rafael Rahul Rajesh Ralph Ramon Ramón Randy Raphael Rashid Raul Raúl
  Ravi Ray Raymond Reza Ricardo Richard Rick Rishi Rob Robert Roberto Robin Rodrigo Roger Roland Roman Ron Ronald
  Rory Ross Ruben Rudolf Rupert Russell Ryan Said Salim Salman Sam Sami Samir Samuel Sandro Sanjay Saul Scott Sean
  Sebastian Sebastián Serge Sergei Sergey Sergio Seth Shane Shinzo Shlomo Simon Stefan Stefano Steffen Stephen
  Steve Steven Stuart Sven Takeshi Taro Ted Teodor Terry Thabo Theo Thierry Thomas Tim Timothy Tobias Todd Tom
  Tomas Tomás Tomasz Tony Travis Tyler Ulrich Umar Uwe Valentin Valery Vasily Victor Viktor Vincent Vitaly Vladimir
  Vladislav Volodymyr Walter Wang Wei Werner Wilhelm Will William Wim Winston Wojciech Wolfgang Xavier Yair Yannick
  Yaroslav Yasser Yevgeny Yoav Yosef Youssef Yuri Yury Yusuf Zach Zachary Zbigniew Zoltan Zoltán Chidi Chinedu Emeka
  Obinna Oluwaseun Olusegun Tunde Kofi Kwabena Yaw Kojo Nkosi Sipho Themba Jomo Uhuru Mwai Ibrahima Mamadou Moussa
  Ousmane Abdoulaye Cheikh Amadou Boubacar Macky Paul Recep Tayyip Ahmet Emre Burak Murat Kemal Erdal Levent Arash
  Babak Dariush Kian Mohsen Ebrahim Javad Ehud Benny Yitzhak Avi Moshe Yuval Itamar Narendra Manmohan Amitabh Vikram
  Arjun Rohan Sunil Vijay Suresh Ramesh Pranav Karan Nawaz Shehbaz Asif Bilawal Imtiaz Tariq Zubair Xi Jinping Li
  Qiang Hao Jian Ming Jun Lei Yong Tao Peng Bo Gang Feng Hiroshi Yoshihide Shigeru Kenta Daiki Ryo Sota Min-ho
  Jae-yong Seung Sung Hyun Dong Nguyen Minh Quang Tuan Duc Hung Thanh Prayut Anutin Somchai Joko Prabowo Rodrigo
  Ferdinand Bongbong Mahathir Anwar Najib Lula Jair Alberto Javier Gustavo Andrés Nayib Daniel Nicolás Evo
`;

export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(FEMALE.trim().split(/\s+/));
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(MALE.trim().split(/\s+/));
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...FEMALE_GIVEN_NAMES, ...MALE_GIVEN_NAMES]);

/** The gender a given name says, or null when it is used for both sexes or unknown. */
export function genderOfGivenName(name: string): 'female' | 'male' | null {
  const female = FEMALE_GIVEN_NAMES.has(name);
  const male = MALE_GIVEN_NAMES.has(name);
  return female === male ? null : female ? 'female' : 'male';
}
