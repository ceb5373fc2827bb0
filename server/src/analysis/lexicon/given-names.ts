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
  Grace Greta Gretchen Gwen Gwendolyn Hae-won Hailey Hana Hanna Hannah Harriet Hayley Heather Heidi Helen Helena Helga Hilary
  Hillary Holly Hope Ida Ilse Ines Inés Ingrid Irene Irina Iris Isabel Isabella Isabelle Ivana Jacqueline Jade
  Jana Jane Janet Janice Jasmine Jean Jeanne Jennifer Jenny Jessica Ji-woo Jill Jing Joan Joanna Jocelyn Johanna
  Josephine Joy Joyce Judith Judy Julia Julie Juliet Julieta Justine Kamala Karen Karin Karina Karine Kate Katarzyna
  Katharina Katherine Kathleen Kathryn Kathy Katie Katja Katrin Kayla Keiko Kelly Kim Kimberly Kira Kristen Kristin
  Kristina Laila Lara Laura Lauren Layla Leah Leila Lena Leona Lesley Leslie Lidia Liliana Lillian Lily Linda Lisa
   Liz Lorena Lorraine Louisa Louise Lucia Lucía Lucy Ludmila Luisa Luiza Lyudmila Madeleine Madison Magdalena
  Mairead Maite Malak Malala Mara Marcela Margaret Margarita Margot Marguerite Maria María Mariam Mariana Marianne Marie
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
  Xiaomei Xiu Yan Fang Hui Lan Ling Ying Hua Qing Xia Yun Jia Ting Anh Linh Thu Huong Mai Lan Nguyet
  Abby Adaora Adeline Afua Agathe Aida Ailsa Aimee Aisling Aiyana Akosua Alana Alba Aleksandra Alessia Alexa Alexia
  Alla Allegra Alyssa Amaia Amalia Amélie Ananya Anastasiya Andrée Ane Angelika Angie Anika Anneliese Annie Antje
  Antonella Anushka Apolline Arantxa Ariadna Arianna Ashwini Asma Aspasia Athena Audrey Ava Aya Ayaan Ayako Ayla
  Aylin Azadeh Beata Beatrix Becky Belén Benazir Bernadette Bettina Bharati Bilqis Blanca Bonnie Brianna Britta
  Bronwyn Brunhilde Busisiwe Caitlin Candace Carina Carly Carmela Carmel Caterina Cathy Cecile Cécile Chandra
  Charlene Charlize Chiamaka Chioma Chipo Chizuru Christa Christiane Christy Chrystia Ciara Claudine Cleo
  Concepción Consuelo Cora Corinne Courtney Crystal Dalia Danuta Darya Dasha Deepika Delphine Demi Desirée Dilma
  Dimitra Dolly Dominika Dominique Doreen Dorota Ebru Edwige Efua Eilidh Ekaterini Eleni Elin Elisabetta Elise Eliška
  Ellie Elodie Élodie Eloise Elvira Elzbieta Elżbieta Emeline Emilie Émilie Emmanuelle Esi Esperanza Estelle Ester
  Estrella Eugenia Eun-ji Eunice Evangelia Evelina Evgenia Evie Ewa Fabiola Farah Faten Fatemeh Fatou Federica Feng
  Filipa Flavia Fleur Folasade Francine Françoise Francoise Frauke Frida Funmilayo Gabi Gaia Galina Geneviève
  Genevieve Gerda Ghada Gigi Gillian Ginny Giorgia Giuliana Giuseppina Gita Grazyna Grażyna Gudrun Gwyneth Ha-eun
  Hadas Hadiza Haifa Halima Hanan Hannelore Harper Hatice Hayat Hazel Hee-jin Heike Helle Henrietta Hilda Hiroko Hoda
  Huda Hye-jin Ilana Ilham Ilona Ilka Imelda Ina Inessa Inga Inge Ioana Irma Isabela Isla Isobel Ivy Iwona Izabela
  Jacinda Jacqui Jamila Janina Janine Jeanette Jeannette Jelena Jennie Jess Jessie Jimena Joanne Jodie Johanne
  Josefina Josiane Jovana Joséphine Judit Juliana Julianne Justyna Kaja Kalina Karima Karolina Kasia Katalin Katarina
  Katarína Kateryna Katya Kaya Kemi Kerry Khadija Kiara Kirsten Kirsty Klara Klára Kristalina Kristi Kseniya Ksenia
  Kyoko Lana Larissa Latifa Latoya Laure Laurence Lea Léa Leticia Liesbeth Lieve Lila Lilia Liliane Lina Lindiwe
  Lindsay Lindsey Liv Liza Loretta Lorna Lotte Lourdes Luana Lubna Luciana Luna Lydia Lynn Lynne Mabel Madeline
  Madhuri Magda Mahnaz Maia Maiko Maja Malgorzata Małgorzata Mamta Manon Manuela Marcia Margrethe Mari Mariah
  Marianna Maribel Marie-Claire Marie-France Marielle Marija Marilyn Marine Marisa Marit Marjorie Marlene Marthe
  Maryse Masha Mathilde Matilda Maud Maude Maura Maureen Maxine Mayumi Mechthild Mehri Melinda Mélanie Meredith Mette
  Michèle Michele Mihaela Mikaela Mildred Milica Mirela Mirjam Mirna Miyu Moana Mona Monique Muriel Myriam Nabila
  Nadège Nana Nanami Nandi Naledi Natalya Nataliya Nathalia Nazanin Nele Nelly Nicoleta Nikki Nilufar Nimrat Noura
  Nuala Nuria Odile Olivera Oona Orla Paloma Pamela Parveen Patrizia Paulina Pavla Peggy Penny Petronella Pia Pinar
  Pınar Piper Prakriti Priscilla Rachida Radhika Rafaela Ragnhild Rahel Rana Rasha Rebekah Reem Renate Rhiannon Riya
  Roksana Rosalía Rosalie Rosario Roseanne Rosie Rowena Ruby Rukhsana Rumi Ruta Sabina Safiya Sahar Saida Sakina
  Salome Samira Sanaa Sandrine Sanna Saoirse Sarai Saskia Sayaka Selena Selma Seo-yun Shabana Shahida Shakira Shanice
  Sharmila Shelby Sheryl Shiori Sibel Sigrid Silke Silvana Simona Sina Sinéad Sirpa Sita Siti Snezana Sofie Solange
  Soledad Sonja Soraya Stefania Stefanie Stine Sue Suki Sumiko Sun-hee Susana Suzy Swati Sybille Sylvie Tahmina Taís
  Takako Tamika Tammy Tania Tanja Tatjana Tegan Teodora Thandeka Thea Thuy Tiina Tomoko Toni Tove Trudy Tsitsi Uma
  Una Valérie Valerie Vanda Vesna Vicky Viktoriya Viola Violeta Virginie Vivienne Wafa Wilma Winnie Xiaoling Xiaoyan
  Xin Yaa Yara Yasmina Yeon-mi Yesenia Yingluck Yolande Yoon-ah Yumi Yusra Zahara Zaina Zarina Zelda Zhanna Zinaida
  Zita Zlata Zoya Zuleika Zuzanna Sanae Yuriko Renho Seiko Rie Eri Emi Mio Nao Saki Kaori Megumi Michiko Masako Akiko
  Noriko Sachiko Junko Kyung-wha Eun-hee Min-young Jung-eun Hye-won Seo-hyun Da-eun Su-bin Adwoa Ama Abena Akua
  Yewande Funke Bisi Titilayo Ifeoma Uche Hauwa Zainabu Wambui Wangari Njeri Akinyi Achieng Nomvula Nompumelelo Thuli
  Graça Samia Sahle-Work Hiba Rima Dima Nada Noha Sawsan Suha Asmaa Doaa Ghalia Maha Manal Marwa Mervat Najat Nawal
  Rawan Shaima Wafaa Yasmeen Zeina Aarti Bhavna Divya Geeta Jyoti Kiran Kirti Lata Madhu Malini Manisha Nandini
  Nirmala Padma Poonam Preeti Radha Rani Reena Ritu Sangeeta Sarita Savitri Seema Shalini Shanti Smriti Sonal Sushma
  Swara Usha Vandana Vidya Meiling Yifan Ziyi Zhen Jiayi Xiaohong Lijuan Yanling Shuang Robin Drew Stacey Jan
`;

const MALE = `
  Aaron Abdul Abdullah Abdulrahman Abel Abraham Adam Adnan Adrian Ahmad Ahmed Aidan Akira Alan Albert Alberto
  Aleksandr Aleksander Aleksei Alexei Alexey Alessandro Alex Alexander Alexandre Alfonso Alfred Ali Alistair Amir
  Amit Anders Andre André Andreas Andrei Andrew Andrey Andrzej Angelo Anil Anthony Antoine Anton Antonio Antony
  Anwar Armando Arnold Arthur Arturo Arun Ashok Ashraf Aziz Bashar Basil Ben Benedict Benjamin Benoit Bernard Bernd
  Bill Billy Bjorn Björn Bob Bogdan Boris Brad Bradley Brandon Brett Brian Bruce Bruno Bryan Caleb Callum Calum Calvin Carl
  Carlos Carter Cedric Cesar César Charles Charlie Chris Christian Christoph Christopher Claude Clement Clément
  Clifford Colin Conor Connor Craig Cristian Cristiano Curtis Cyril Dai Dale Damian Dan Daniel Daniele Dario Darnell Darren
  Dave David Dean Dennis Derek Desmond Diego Dieter Dimitri Dmitri Dmitry Dominic Dominik Donald Doug Douglas Duncan
  Dylan Eamon Earl Ed Eddie Edgar Eduardo Edward Edwin Elias Elijah Elliot Emanuel Emil Emile Emmanuel Enrico Enrique
  Eric Erik Ernesto Ernst Esteban Ethan Eugene Evan Evgeny Fabian Fabio Farid Farhad Faisal Federico Felipe Felix
  Fernando Filip Florian Francesco Francis Francisco Franco Frank Franz Fred Frederick Friedrich Fumio Gabriel Gareth
  Gary Gavin Geoffrey George Georg Georgi Gerald Gerard Gerhard Giorgio Giovanni Giuseppe Glenn Gordon Graham Grant
  Greg Gregor Gregory Guido Guillaume Gunnar Gustavo Hamid Hamza Hans Harold Haruto Hassan Hector Heinrich Heinz
  Helmut Henri Henrik Henry Herbert Hiroshi Hossein Howard Hugh Hugo Hussein Ian Ibrahim Igor Ilya Imran Isaac Ismail
  Ivan Jack Jacob Jacques Jae-in Jaime Jake Jakub James Jamal Jan Jared Jason Javier Jean-Claude Jean-Luc Jean-Pierre
  Jeff Jeffrey Jens Jeremy Jerome Jerry Jesse Jesus Jesús Jim Jimmy Joachim Joaquin Joe Joel Johan Johannes
  John Jon Jonas Jonathan Jorge Jose José Josef Joseph Josh Joshua Juan Julian Julien Julio Jun Jürgen Jurgen Justin
  Kai Kamal Karim Karl Karol Kazuo Keir Keith Ken Kenji Kenneth Kevin Khaled Khalid Kim Klaus Konrad Kurt Kwame
  Kyle Lars Larry Laurent Lawrence Lee Leo Leon Leonardo Leonid Lewis Liam Lorenzo Louis Luca Lucas Luis Luiz Lukas
  Luke Maciej Magnus Mahmoud Malcolm Manuel Marc Marcel Marco Marcos Marcus Mario Mark Marko Martin Mateo Mateusz
  Mathias Matteo Matthew Matthias Max Maxim Maxime Maximilian Mehmet Michael Michel Miguel Mikhail Mike Miles Milos
  Min-jun Mirko Mitch Mitchell Mohamed Mohammad Mohammed Moammar Muammar Muhammad Mustafa Nabil Naftali Nasser
  Nathan Neil Nelson Niall Nicholas Nick Nicolas Nicola Niklas Nikolai Nikolay Nils Noah Norbert Oleg Oleksandr
  Oleksiy Oliver Olivier Omar Oscar Oskar Osman Otto Owen Pablo Paolo Pascal Patrick Paul Paulo Pavel Pedro Peter
  Petr Petro Phil Philip Philippe Pierre Pieter Piotr Rafael Rahul Rajesh Ralph Ramon Ramón Randy Raphael Rashid Raul Raúl
  Ravi Ray Raymond Reza Ricardo Richard Rick Rishi Rob Robert Roberto Robin Rodrigo Roger Roland Roman Ron Ronald
  Rory Ross Ruben Rudolf Rupert Russell Ryan Said Salim Salman Sam Sami Samir Samuel Sandro Sanjay Saul Scott Sean
  Sebastian Sebastián Serge Sergei Sergey Sergio Seth Shane Shinzo Shlomo Simon Stefan Stefano Steffen Stephen
  Steve Steven Stuart Sven Takeshi Taro Ted Teodor Terry Thabo Theo Thierry Thomas Tim Timothy Tobias Todd Tom
  Tomas Tomás Tomasz Tony Travis Tyler Ulrich Umar Uwe Valentin Valery Vasily Victor Viktor Vincent Vitaly Vladimir
  Vladislav Volodymyr Walter Wei Werner Wilhelm Will William Wim Winston Wojciech Wolfgang Xavier Yair Yannick
  Yaroslav Yasser Yevgeny Yoav Yosef Youssef Yuri Yury Yusuf Zach Zachary Zbigniew Zoltan Zoltán Chidi Chinedu Emeka
  Obinna Oluwaseun Olusegun Tunde Kofi Kwabena Yaw Kojo Nkosi Sipho Themba Jomo Uhuru Mwai Ibrahima Mamadou Moussa
  Ousmane Abdoulaye Cheikh Amadou Boubacar Macky Paul Recep Tayyip Ahmet Emre Burak Murat Kemal Erdal Levent Arash
  Babak Dariush Kian Mohsen Ebrahim Javad Ehud Benny Yitzhak Avi Moshe Yuval Itamar Narendra Manmohan Amitabh Vikram
  Arjun Rohan Sunil Vijay Suresh Ramesh Pranav Karan Nawaz Shehbaz Asif Bilawal Imtiaz Tariq Zubair Jinping
  Qiang Hao Jian Ming Jun Lei Yong Tao Peng Bo Gang Feng Hiroshi Yoshihide Shigeru Kenta Daiki Ryo Sota Min-ho
  Jae-yong Seung Sung Hyun Dong Minh Quang Tuan Duc Hung Thanh Prayut Anutin Somchai Joko Prabowo Rodrigo
  Ferdinand Bongbong Mahathir Anwar Najib Lula Jair Alberto Javier Gustavo Andrés Nayib Daniel Nicolás Evo
  Aart Abbas Abdel Abdelaziz Abdelkader Abdelfattah Abdou Abdullahi Abhishek Abiy Achim Adalberto Adama Adebayo Adel
  Ademola Adewale Adil Aditya Adolfo Afonso Agustín Agustin Aharon Ajay Ajit Akbar Akhil Akin Akram Alain Alaa
  Alejandro Aleksandar Aleksi Alen Alexis Alfredo Alioune Alois Alon Alpha Alvaro Álvaro Amin Amos Anand Anatoly
  Andile Andres Andrej Andrius Angus Ansgar Antanas Antti Anupam Anzor Aram Ardian Ari Aristides Armin Arne Arnaud
  Arno Aron Arseniy Arsen Artem Artur Arvind Asad Asghar Augusto Aung Avigdor Avraham Ayman Ayodele Azim Babajide
  Badr Bakary Baldwin Balázs Balazs Baraka Barack Barnaby Bart Bartosz Bashir Bassam Bastian Beau Beji Bekir
  Benedetto Benedikt Bernardo Bertrand Bhupendra Bilal Binyamin Blaise Blake Bolat Bolesław Bolu Borislav Bouchaib
  Boyd Boyko Bram Brendan Brent Bronisław Bukola Bülent Bulent Burhan Byung Cameron Carles Carlo Carsten Casimir Cem
  Cesare Chaim Chandra Charalambos Charl Chima Chinua Chuka Ciaran Ciarán Ciro Claudio Clemens Cole Conrad Constantin
  Constantine Corey Cornelius Cosmin Cristóbal Cyrus Dae-jung Damien Dani Daniil Danilo Danny Dariusz Darius Darko
  Davide Davit Davood Dawit Declan Deepak Demetrios Denis Denys Dermot Devendra Dhruv Didier Diederik Dilip Dimitar
  Dimitris Dinesh Dirk Djibril Dmytro Domenico Donatas Doron Dragan Drew Duarte Dusan Dušan Dwayne Dzmitry Edgars Edi
  Edmund Edoardo Edouard Édouard Efraim Egon Ehsan Einar Ekrem Elad Eli Eliezer Elon Emilio Engin Enzo Ephraim Erkki
  Ernest Esa Eshaq Étienne Etienne Eyal Ezra Fadi Fahad Fakhri Farouk Farooq Fatih Fausto Fawaz Fayez Ferhat Ferran
  Fidel Filippo Finn Fintan Florent Floyd François Francois Frans Fredrik Fritz Fyodor Gabor Gábor Gad Gaetano Gamal
  Gaston Gautam Gediminas Gennady Geraldo Gerrit Gerry Ghassan Gianluca Gianni Gideon Gil Gilad Gilbert Gilles Giorgi
  Giorgos Giulio Goran Gotabaya Grzegorz Guðni Guillermo Gunther Günther Gustav Gustaf Guy Habib Hakan Hakeem Hakim
  Halil Hamad Hamdi Hamed Hani Hannes Harald Hardeep Hari Harish Haroon Harun Hasan Hashem Haider Haitham Hayden
  Hazem Hemant Hendrik Herman Hermann Hidetoshi Hideki Hilmi Hiroyuki Hisham Horacio Hüseyin Huseyin Hyun-woo Iain
  Idris Ifeanyi Ignacio Ignazio Ihor Ilhan Ilkka Ilyas Inácio Ioannis Ion Ionel Iqbal Irakli Irfan Isak Iskander
  Istvan István Ivo Jaap Jabari Jacek Jacinto Jafar Jagdish Jalal Jamie Janez Janusz Jaroslav Jaroslaw Jarosław
  Jasper Jawad Jay Jayden Jens-Peter Jeroen Jerzy Jia Jiří Jiri João Joao Joey Johann Johnny Jonah Joost Jordi Jörg
  Jorg Jorn Josep Jovan Juhani Jukka Jules Jun-ho Juraj Justus Kaan Kais Kamel Kamil Kareem Karel Karsten Kasper
  Kaspar Kazimierz Kebede Kenan Kenichi Kerem Khalifa Khalil Kiril Kirill Klaus-Dieter Koen Koichi Konstantin
  Konstantinos Kostas Krisztián Krzysztof Kunal Kwasi Kyriakos Lamine Laszlo László Lazar Leif Lennart Leopold Lev
  Levan Linus Lionel Ljubomir Lorenz Lotfi Luc Luciano Ludwig Luigi Lukasz Łukasz Lutz Mads Mahdi Mahendra Mahmood
  Mahmud Maik Makoto Maksim Maksym Malik Mamoun Manfred Mansour Marat Marcelo Marcin Marcio Márcio Marek Mariano
  Marius Markus Marwan Masahiro Masato Masayoshi Massimo Matej Matías Matias Mats Matt Mattia Maurice Mauricio
  Maurizio Mauro Mazen Mehdi Mehmood Menachem Mesut Micheál Michal Michał Mihai Mikael Mikko Milan Miloš
  Milorad Miroslav Mohamud Mohan Moktar Mordechai Morten Moses Muhammadu Muhammed Mukesh Mumtaz Munir Murray Musa
  Mustapha Nadim Naguib Naim Nam Naoto Naoki Naresh Natan Nawaf Nayef Nazim Ned Nestor Néstor Nicolae Nicolò Nigel
  Nikhil Nikita Nikos Nitin Nizar Noam Noel Nuno Nurlan Obafemi Octavio Olaf Olav Ole Oleksii Olexander Olumide Omid
  Onur Orhan Orlando Osama Osvaldo Oswaldo Otabek Pál Pankaj Parviz Pasquale Patrik Pau Paweł Pawel Pekka Percy Petar
  Petteri Pierluigi Pietro Piyush Pradeep Prakash Pramod Pranab Preben Prem Qasim Rached Radek Radoslaw Radosław Radu
  Rafał Rafal Rafi Raghav Rahm Raimundo Rainer Raj Rajiv Rajnath Rakesh Ram Ramadan Ramin Ramzan Ranil Rashad Rasmus
  Reinhard Reinhold Remi Rémi Renato René Rene Renzo Reuven Rex Rhys Riad Riccardo Rifat Rinat Robbie Robertas Rocco
  Rogelio Rolf Romain Romano Ronaldo Ronen Roni Rosen Rostislav Ruairí Rubén Rudy Rui Rustam Ruslan Rutger Ryszard
  Saad Saber Sadiq Safwan Sahil Saif Sajid Salah Saleh Salvador Salvatore Samer Sameh Sandeep Sanjeev Santiago Sarkis
  Satoshi Saud Saulius Sayed Sebastien Sébastien Selim Serhiy Sergiy Shahid Shakeel Shamil Sharif Shashi Shavkat
  Shaun Shay Shimon Shinji Shiro Shota Shoichi Siddharth Sigmar Sigurd Silvio Simeon Sinan Siyabonga Slavoj Slawomir
  Sławomir Sohail Søren Soren Stanislav Stanisław Stavros Stelian Suleiman Süleyman Sung-ho Supachai Sushil Svein
  Szymon Tadeusz Taha Takahiro Takumi Talal Tamás Tamas Tamim Tancredi Tarek Tareq Tarun Tasos Tayeb Tedros Teodoro
  Terje Thaksin Theodore Thilo Thorsten Tiago Tibor Timur Tito Tomáš Tomi Tommaso Tommy Toomas Torben Toshiaki
  Toshiro Trevor Tsuyoshi Ugo Ulf Umberto Uri Usman Uzi Vadim Vaclav Václav Valdis Valentyn Valerii Vasyl Veli
  Vilhelm Vinicius Vinícius Virgil Vitali Vitaliy Vittorio Vivek Vladimír Vojtech Vusi Waleed Walid Waqar Wasim Wes
  Wiktor Willem Winfried Witold Wladimir Wolf Xavi Yahya Yakov Yannis Yasin Yasuhiro Yasuo Yehuda Yerlan Yevhen Yigal
  Yiannis Yohannes Yoshiro Yousef Yuji Yunus Yves Zaid Zakaria Zalman Zaur Zdeněk Zdenek Zeev Zelimkhan Zhivko Ziad
  Zlatan Zoran Zygmunt Jeb Jed Keanu Kendrick Kirk Kris Lance Lamar Lindsey Lloyd Lyndon Mitt Nate Newt Pete Rand
  Reince Sherrod Sonny Spencer Stacey Stanley Tucker Vern Wade Warren Wayne Wesley Zeke Barry Bernie Bobby Chuck Dick
  Don Elliott Ezekiel Gene Glen Hank Harvey Herb Hubert Ike Jimmie Kenny Lou Marty Mel Mick Morris Norman Orrin
  Randall Rod Rodney Roy Rufus Sid Stan Terrence Troy Vernon Vince Walt Wilbur Jae-myung Suk-yeol Seok Yoshimasa
  Katsunobu Toshimitsu Sanae Junichiro Yukio Tomiichi Ichiro Kazuki Haruki Hayato Riku Yuto Sora Ren Minato Yi Jiechi
  Xiaoping Zemin Jintao Wenbao Wenjun Zhiqiang Guang Wenhua Zhiyuan Xiaoming Jianguo Jianhua Guoqiang Haiyang Hongwei
  Chao Zhen Jean Andrea Sasha Ariel Gabriele Simone Dana Leslie Kelly Hua Yuki Nana Hui Yun Anh Nur Tal Ji-min Uche
  Kiran Yan Ling Dominique
`;

// Names in their own right that are one doubled or swapped letter off a commoner spelling: without
// them the given-name-typo rule reads Phillip as a slip for Philip.
const FEMALE_SPELLINGS = 'Anette Ivanna Kirstin Brita Elen Isabell Birgitte Renee Faith Nely Rebeca Gabriella Daniella Joana Maira Dianne Dianna Lilian';
const MALE_SPELLINGS = 'Collin Phillip Allan Mathew Jeffery Muhamad Husein Yussuf Mattias Olle Gunar Johanes Koffi Abdulahi Russel Mitchel Niel Eliot Mohamad Muhamed Rossa';

export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(`${FEMALE} ${FEMALE_SPELLINGS}`.trim().split(/\s+/));
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(`${MALE} ${MALE_SPELLINGS}`.trim().split(/\s+/));
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...FEMALE_GIVEN_NAMES, ...MALE_GIVEN_NAMES]);

/**
 * The gender each given name says, null for one used for both sexes: one lookup in one table for
 * a name's gender (the lists are large, and every person's name is looked up).
 */
export const GIVEN_NAME_GENDERS: ReadonlyMap<string, 'female' | 'male' | null> = new Map(
  [...GIVEN_NAMES].map((name) => {
    const female = FEMALE_GIVEN_NAMES.has(name);
    return [name, female === MALE_GIVEN_NAMES.has(name) ? null : female ? 'female' : 'male'];
  }),
);

// One romanized Korean syllable: an initial, a vowel, a final ("jun", "yeon", "hee", "woo").
const KOREAN_SYLLABLE = '(?:kk|tt|pp|ss|jj|ch|[bcdghjkmnprstwy])?(?:yeo|wae|ae|eo|eu|oe|ui|ya|yo|yu|ye|wa|wo|wi|we|ee|oo|[aeiou])(?:ng|[nklm])?';
const TWO_SYLLABLES = new RegExp(`^${KOREAN_SYLLABLE}-${KOREAN_SYLLABLE}$`);
const CAPITAL_THEN_LOWER = /^\p{Lu}[\p{Ll}-]+$/u;

/** A given name in the lexicon, or two romanized syllables joined by a hyphen, as Korean given names are written ("Min-jun", "Seo-yeon"). */
export function isGivenName(word: string): boolean {
  if (GIVEN_NAMES.has(word)) return true;
  if (word.length > 9 || !word.includes('-') || !CAPITAL_THEN_LOWER.test(word)) return false;
  const lowered = word.toLowerCase();
  const hyphen = lowered.indexOf('-');
  // "So-so" is a reduplicated word, not a name.
  return TWO_SYLLABLES.test(lowered) && lowered.slice(0, hyphen) !== lowered.slice(hyphen + 1);
}

const TWO_SYLLABLES_JOINED = new RegExp(`^${KOREAN_SYLLABLE}${KOREAN_SYLLABLE}$`);

/** "Jisoo", "Minjun": two romanized Korean syllables written as one word, as some Korean given names are. */
export function looksLikeKoreanGivenName(word: string): boolean {
  return word.length >= 4 && word.length <= 8 && CAPITAL_THEN_LOWER.test(word) && !word.includes('-') && TWO_SYLLABLES_JOINED.test(word.toLowerCase());
}
