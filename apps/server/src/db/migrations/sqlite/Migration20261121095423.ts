import { Migration } from '@mikro-orm/migrations';

export class Migration20261121095423 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`model_registration\` (\`id\` integer not null primary key autoincrement, \`organization_id\` integer not null, \`model\` text check (\`model\` in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE', 'ORGANIZATION_RATING', 'MEMBER_RATING', 'MEETING_QUALITY')) not null, \`from_year\` integer not null, \`to_year\` integer not null, \`registered_on\` date not null, \`root_id\` integer not null, \`created_at\` datetime not null, constraint \`model_registration_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`model_registration_organization_id_index\` on \`model_registration\` (\`organization_id\`);`);
    this.addSql(`create index \`model_registration_model_index\` on \`model_registration\` (\`model\`, \`from_year\`, \`to_year\`);`);
    this.addSql(`create unique index \`model_registration_unique\` on \`model_registration\` (\`organization_id\`, \`model\`, \`from_year\`);`);

    this.addSql(`create table \`criteria_table\` (\`id\` integer not null primary key autoincrement, \`series_code\` text not null, \`version\` integer not null, \`name\` text not null, \`model\` text check (\`model\` in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE', 'ORGANIZATION_RATING', 'MEMBER_RATING', 'MEETING_QUALITY')) not null, \`organization_kind\` text check (\`organization_kind\` in ('PROVINCIAL_COMMITTEE', 'DIRECTLY_SUPERIOR_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'PARTIAL_COMMITTEE', 'CELL')) null, \`cell_type\` text check (\`cell_type\` in ('RESIDENTIAL', 'AGENCY', 'PUBLIC_SERVICE', 'ENTERPRISE', 'ARMED_FORCES', 'OTHER')) null, \`owner_id\` integer not null, \`owner_path\` text not null, \`status\` text check (\`status\` in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', \`outcome\` json not null, \`is_example\` integer not null default false, \`based_on_id\` integer null, \`published_at\` datetime null, \`lock_version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`criteria_table_owner_id_foreign\` foreign key(\`owner_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade, constraint \`criteria_table_based_on_id_foreign\` foreign key(\`based_on_id\`) references \`criteria_table\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`criteria_table_owner_id_index\` on \`criteria_table\` (\`owner_id\`);`);
    this.addSql(`create index \`criteria_table_based_on_id_index\` on \`criteria_table\` (\`based_on_id\`);`);
    this.addSql(`create index \`criteria_table_owner_index\` on \`criteria_table\` (\`owner_id\`, \`model\`);`);
    this.addSql(`create unique index \`criteria_table_series_version_unique\` on \`criteria_table\` (\`series_code\`, \`version\`);`);

    this.addSql(`create table \`criteria_group\` (\`id\` integer not null primary key autoincrement, \`table_id\` integer not null, \`code\` text not null, \`title\` text not null, \`position\` integer not null, \`min_points\` numeric(7,2) null, constraint \`criteria_group_table_id_foreign\` foreign key(\`table_id\`) references \`criteria_table\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`criteria_group_table_id_index\` on \`criteria_group\` (\`table_id\`);`);
    this.addSql(`create unique index \`criteria_group_code_unique\` on \`criteria_group\` (\`table_id\`, \`code\`);`);

    this.addSql(`create table \`criteria_item\` (\`id\` integer not null primary key autoincrement, \`table_id\` integer not null, \`group_id\` integer not null, \`code\` text not null, \`text\` text not null, \`guidance\` text null, \`kind\` text check (\`kind\` in ('SCORED', 'YES_NO', 'DEDUCTION', 'BONUS', 'VETO')) not null, \`max_points\` numeric(7,2) not null, \`veto_effect\` text check (\`veto_effect\` in ('BLOCKS_TOP', 'FORCES_LOWEST')) null, \`metric\` text null, \`position\` integer not null, constraint \`criteria_item_table_id_foreign\` foreign key(\`table_id\`) references \`criteria_table\`(\`id\`) on delete cascade on update cascade, constraint \`criteria_item_group_id_foreign\` foreign key(\`group_id\`) references \`criteria_group\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`criteria_item_table_id_index\` on \`criteria_item\` (\`table_id\`);`);
    this.addSql(`create index \`criteria_item_group_id_index\` on \`criteria_item\` (\`group_id\`);`);
    this.addSql(`create unique index \`criteria_item_code_unique\` on \`criteria_item\` (\`table_id\`, \`code\`);`);

    this.addSql(`create table \`assessment\` (\`id\` integer not null primary key autoincrement, \`table_id\` integer not null, \`model\` text check (\`model\` in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE', 'ORGANIZATION_RATING', 'MEMBER_RATING', 'MEETING_QUALITY')) not null, \`organization_id\` integer not null, \`member_id\` integer null, \`member_key\` integer not null, \`period\` text not null, \`year\` integer not null, \`subject_path\` text not null, \`root_id\` integer not null, \`status\` text check (\`status\` in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')) not null default 'DRAFT', \`return_reason\` text null, \`submitted_at\` datetime null, \`approved_at\` datetime null, \`approved_by\` integer null, \`total\` numeric(7,2) null, \`level\` text check (\`level\` in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')) null, \`four_good\` integer null, \`lock_version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`assessment_table_id_foreign\` foreign key(\`table_id\`) references \`criteria_table\`(\`id\`) on delete restrict on update cascade, constraint \`assessment_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade, constraint \`assessment_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`assessment_table_id_index\` on \`assessment\` (\`table_id\`);`);
    this.addSql(`create index \`assessment_organization_id_index\` on \`assessment\` (\`organization_id\`);`);
    this.addSql(`create index \`assessment_member_id_index\` on \`assessment\` (\`member_id\`);`);
    this.addSql(`create index \`assessment_path_index\` on \`assessment\` (\`model\`, \`year\`, \`subject_path\`);`);
    this.addSql(`create unique index \`assessment_subject_unique\` on \`assessment\` (\`organization_id\`, \`member_key\`, \`model\`, \`period\`);`);

    this.addSql(`create table \`assessment_score\` (\`id\` integer not null primary key autoincrement, \`assessment_id\` integer not null, \`item_id\` integer not null, \`self_points\` numeric(7,2) null, \`self_yes\` integer null, \`self_note\` text null, \`review_points\` numeric(7,2) null, \`review_yes\` integer null, \`review_note\` text null, constraint \`assessment_score_assessment_id_foreign\` foreign key(\`assessment_id\`) references \`assessment\`(\`id\`) on delete cascade on update cascade, constraint \`assessment_score_item_id_foreign\` foreign key(\`item_id\`) references \`criteria_item\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`assessment_score_assessment_id_index\` on \`assessment_score\` (\`assessment_id\`);`);
    this.addSql(`create index \`assessment_score_item_id_index\` on \`assessment_score\` (\`item_id\`);`);
    this.addSql(`create unique index \`assessment_score_item_unique\` on \`assessment_score\` (\`assessment_id\`, \`item_id\`);`);

    this.addSql(`create table \`rating\` (\`id\` integer not null primary key autoincrement, \`subject\` text check (\`subject\` in ('ORGANIZATION', 'MEMBER')) not null, \`organization_id\` integer not null, \`member_id\` integer null, \`member_key\` integer not null, \`year\` integer not null, \`level\` text check (\`level\` in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')) not null, \`points\` numeric(7,2) null, \`vetoes\` json null, \`assessment_id\` integer null, \`evaluated_on\` date not null, \`org_path\` text not null, \`root_id\` integer not null, constraint \`rating_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on delete restrict on update cascade, constraint \`rating_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on delete restrict on update cascade, constraint \`rating_assessment_id_foreign\` foreign key(\`assessment_id\`) references \`assessment\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`rating_organization_id_index\` on \`rating\` (\`organization_id\`);`);
    this.addSql(`create index \`rating_member_id_index\` on \`rating\` (\`member_id\`);`);
    this.addSql(`create index \`rating_assessment_id_index\` on \`rating\` (\`assessment_id\`);`);
    this.addSql(`create index \`rating_rollup_index\` on \`rating\` (\`subject\`, \`year\`, \`org_path\`, \`level\`);`);
    this.addSql(`create unique index \`rating_subject_unique\` on \`rating\` (\`subject\`, \`organization_id\`, \`member_key\`, \`year\`);`);

  }

}
