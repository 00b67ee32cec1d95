import { Migration } from '@mikro-orm/migrations';

export class Migration20261202172450 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`meeting_streak_year\` (\`path\` text not null, \`year\` integer not null, \`member_id\` integer not null, \`flagged\` integer not null, primary key (\`path\`, \`year\`, \`member_id\`));`);
    this.addSql(`create index \`meeting_streak_year_member_index\` on \`meeting_streak_year\` (\`member_id\`, \`year\`);`);

  }

}
