import { Migration } from '@mikro-orm/migrations';

export class Migration20261202140849 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`meeting_cell_year\` (\`organization_id\` integer not null, \`year\` integer not null, \`m1\` integer not null, \`m2\` integer not null, \`m3\` integer not null, \`m4\` integer not null, \`m5\` integer not null, \`m6\` integer not null, \`m7\` integer not null, \`m8\` integer not null, \`m9\` integer not null, \`m10\` integer not null, \`m11\` integer not null, \`m12\` integer not null, \`q1\` integer not null, \`q2\` integer not null, \`q3\` integer not null, \`q4\` integer not null, primary key (\`organization_id\`, \`year\`));`);

    this.addSql(`create table \`meeting_month\` (\`path\` text not null, \`month\` integer not null, \`root_id\` integer not null, \`meetings\` integer not null, \`regular\` integer not null, \`in_window\` integer not null, \`thematic\` integer not null, \`eligible\` integer not null, \`present\` integer not null, \`excused\` integer not null, \`unexcused\` integer not null, \`evening\` integer not null, \`rated\` integer not null, \`good\` integer not null, primary key (\`path\`, \`month\`));`);
    this.addSql(`create index \`meeting_month_root_index\` on \`meeting_month\` (\`root_id\`);`);
    this.addSql(`create index \`meeting_date_path_index\` on \`meeting\` (\`date\`, \`org_path\`);`);

  }

}
